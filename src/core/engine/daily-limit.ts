import type { DailyLimitSettings } from '../../shared/settings'
import { LocalDayCounter } from './local-day'
import { minutesToMs, MS_PER_MINUTE } from './reminder-settings'

/** What a restart keeps of today (see engine-snapshot). */
export interface DailyLimitCounts {
  dayStartWallMs: number
  activeMs: number
  remindersShown: number
}

/**
 * Today's active time against `dailyLimit` (DESIGN.md §3 "Daily limit"): a reminder when it reaches
 * the limit, then after each further `remindMinutes`; everything starts afresh at local midnight.
 * It only adds up what the engine counts as active and says when the next reminder is due; it
 * changes no other count.
 */
export class DailyLimitTrack {
  private activeMs = 0
  private remindersShown = 0
  private readonly day: LocalDayCounter

  constructor(
    private settings: DailyLimitSettings,
    timeZone: string,
    nowWallMs: number
  ) {
    this.day = new LocalDayCounter(timeZone, nowWallMs, () => {
      this.activeMs = 0
      this.remindersShown = 0
    })
  }

  /** Local midnight ending today (wall ms): active time after it belongs to the next day. */
  get dayEndWallMs(): number {
    return this.day.endWallMs
  }

  get activeMinutesToday(): number {
    return this.activeMs / MS_PER_MINUTE
  }

  applySettings(settings: DailyLimitSettings): void {
    this.settings = settings
  }

  setTimeZone(timeZone: string, nowWallMs: number): void {
    this.day.setTimeZone(timeZone, nowWallMs)
  }

  /** Active time from `fromWallMs` to `toWallMs` (wall time moving with it): split at midnight. */
  accrue(activeMs: number, toWallMs: number): void {
    if (this.day.rollTo(toWallMs)) {
      // Only the part after the midnight just passed belongs to the new day.
      this.activeMs = Math.min(activeMs, Math.max(0, toWallMs - this.day.startWallMs))
      return
    }
    this.activeMs += activeMs
  }

  /** The wall clock says another day: start it (nothing counted while away crosses midnight). */
  rollTo(wallMs: number): void {
    this.day.rollTo(wallMs)
  }

  /** An absence found late takes its time back; reminders already shown stay shown. */
  retract(activeMs: number): void {
    this.activeMs = Math.max(0, this.activeMs - activeMs)
  }

  /** Active ms until the next reminder; null when the limit is off. */
  msUntilReminder(): number | null {
    if (!this.settings.enabled) return null
    const targetMs = minutesToMs(this.settings.minutes + this.remindersShown * this.settings.remindMinutes)
    return Math.max(0, targetMs - this.activeMs)
  }

  /** True (and counted) when a reminder is due now. */
  takeDueReminder(toleranceMs: number): boolean {
    const untilMs = this.msUntilReminder()
    if (untilMs === null || untilMs > toleranceMs) return false
    this.remindersShown += 1
    return true
  }

  exportCounts(): DailyLimitCounts {
    return { dayStartWallMs: this.day.startWallMs, activeMs: this.activeMs, remindersShown: this.remindersShown }
  }

  restoreCounts(saved: DailyLimitCounts, nowWallMs: number): void {
    if (!this.day.restore(saved.dayStartWallMs, nowWallMs)) return
    this.activeMs = saved.activeMs
    this.remindersShown = saved.remindersShown
  }
}
