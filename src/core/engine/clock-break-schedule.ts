import type { BreakSettings } from '../../shared/settings'
import { ClockSlots } from './clock-slots'
import { EPSILON_MS } from './due-epsilon'
import { minutesToMs, secondsToMs } from './reminder-settings'
import type { ReminderTracks } from './tracks'
import type { WakeMoment } from './wake-moment'
import type { WorkingHoursCalendar } from './working-hours'

/**
 * When clock-aligned breaks (`break.schedule="clock"`, DESIGN.md §3) warn and fall due: the
 * slots themselves (which have passed, which was warned: ClockSlots) against the break count in
 * ReminderTracks. A slot brings a break only if the user has worked `break.minActiveMinutes`
 * since the break count last restarted and no break is pending; its warning comes
 * `break.warningSeconds` of wall time before it, decided once. The engine says when time could
 * count and whether the user is active; all moments here are monotonic ms unless named wall.
 */
export class ClockBreakSchedule {
  private readonly slots: ClockSlots

  constructor(
    private settings: BreakSettings,
    timeZone: string,
    moment: WakeMoment,
    private readonly tracks: ReminderTracks
  ) {
    this.slots = new ClockSlots(settings, timeZone, moment.nowMs, moment.nowWallMs)
  }

  applySettings(settings: BreakSettings): void {
    this.settings = settings
    this.slots.applySettings(settings)
  }

  setTimeZone(timeZone: string): void {
    this.slots.setTimeZone(timeZone)
  }

  /** At each wakeup: a wall clock that jumped makes the slots it crossed pass (see ClockSlots.observe). */
  observe(moment: WakeMoment): void {
    if (this.slots.observe(moment.nowMs, moment.nowWallMs)) this.tracks.clearSlotWarning()
  }

  /** Slots up to `wallMs` came while time could not count: they pass, and a warning for one is withdrawn. */
  passThrough(wallMs: number): void {
    if (this.slots.passThrough(wallMs)) this.tracks.clearSlotWarning()
  }

  /** The next slot that has not passed (wall ms), or null when clock breaks are off. */
  nextSlotWallMs(): number | null {
    return this.slots.nextSlotWallMs()
  }

  /** The next slot by wall time if it may bring a break (no break already pending), for the tray. */
  nextBreakSlotWallMs(): number | null {
    return this.tracks.slotMayBringBreak ? this.slots.nextSlotWallMs() : null
  }

  /** The next slot, as a monotonic moment. */
  slotAtMs(moment: WakeMoment): number | null {
    const slotWallMs = this.slots.nextSlotWallMs()
    return slotWallMs === null ? null : moment.monotonicAt(slotWallMs)
  }

  /**
   * For an active user: `break.warningSeconds` of wall time before a slot that may bring a break.
   * Decided once per slot (see `warn`); a warning whose moment passed while the user was away comes
   * at once (`accountedToMs`, where the counts are exact) if the slot is still ahead.
   */
  warningAtMs(moment: WakeMoment, accountedToMs: number, calendar: WorkingHoursCalendar): number | null {
    const slotWallMs = this.slots.nextSlotWallMs()
    const warningMs = secondsToMs(this.settings.warningSeconds)
    if (slotWallMs === null || warningMs <= 0 || !this.tracks.slotMayBringBreak) return null
    if (this.slots.warningDecidedFor(slotWallMs)) return null
    // A slot at or after the end of working hours brings nothing, so it is not announced.
    // (Read at the moment the counts are exact to: a wakeup replays items from there.)
    const hoursEndWallMs = calendar.statusAt(moment.wallAt(accountedToMs)).untilWallMs
    if (hoursEndWallMs !== null && hoursEndWallMs <= slotWallMs) return null
    return Math.max(moment.monotonicAt(slotWallMs - warningMs), accountedToMs)
  }

  /**
   * The warning moment of the next slot, reached at `atMs`: warns only if the user will have worked
   * `minActiveMinutes` by the slot, staying active. Returns the seconds until the slot when it warns.
   */
  warn(atMs: number, moment: WakeMoment): number | null {
    const slotWallMs = this.slots.nextSlotWallMs()
    if (slotWallMs === null) return null
    const slotMs = moment.monotonicAt(slotWallMs)
    const qualifies = this.workedEnough(this.tracks.breakCountMs + (slotMs - atMs))
    this.slots.decideWarning(slotWallMs, qualifies)
    if (!qualifies) return null
    this.tracks.warnForSlot()
    return (slotMs - atMs) / 1000
  }

  /**
   * The next slot has come: a break falls due now if the user is here (`active`), no break is
   * already pending (postponed or waiting) and there was at least `minActiveMinutes` of active time
   * since the break count last restarted (last break, start, return from a natural break, resume,
   * entering hours). Otherwise it passes quietly. Either way it never comes again.
   */
  reach(active: boolean): void {
    const slotWallMs = this.slots.nextSlotWallMs()
    if (slotWallMs === null) return
    const qualifies = active && this.tracks.slotMayBringBreak && this.workedEnough(this.tracks.breakCountMs)
    const wasWarned = this.slots.passThrough(slotWallMs)
    if (qualifies) this.tracks.dueBySlot()
    else if (wasWarned) this.tracks.clearSlotWarning()
  }

  private workedEnough(breakCountMs: number): boolean {
    return breakCountMs >= minutesToMs(this.settings.minActiveMinutes) - EPSILON_MS
  }
}
