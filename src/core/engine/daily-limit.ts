import type { DailyLimitSettings } from '../../shared/settings'
import { EPSILON_MS } from './due-epsilon'
import { LocalDayCounter } from './local-day'
import { minutesToMs, MS_PER_MINUTE } from './reminder-settings'
import type { WakeMoment } from './wake-moment'

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

  /**
   * When to wake for the limit, counting active time from `fromMs` (monotonic): the next reminder,
   * or local midnight if that comes first (today starts afresh). Null when the limit is off.
   */
  reminderAtMs(fromMs: number, moment: WakeMoment): number | null {
    const untilMs = this.msUntilReminder()
    if (untilMs === null) return null
    return Math.min(fromMs + untilMs, Math.max(moment.monotonicAt(this.day.endWallMs), fromMs))
  }

  /**
   * The moment `reminderAtMs` named has come (at `atWallMs`): today's whole active minutes when a
   * reminder is due now (it counts as shown), else null and, woken at midnight, today starts afresh
   * (also after a wall clock set past it).
   */
  reach(atWallMs: number): number | null {
    const untilMs = this.msUntilReminder()
    if (untilMs !== null && untilMs <= EPSILON_MS) {
      this.remindersShown += 1
      return Math.floor(this.activeMinutesToday + 1e-6)
    }
    this.day.rollTo(atWallMs)
    return null
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
