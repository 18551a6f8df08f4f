import { DateTime } from 'luxon'
import type { BreakSettings } from '../../shared/settings'
import { MS_PER_MINUTE, MS_PER_SECOND } from './reminder-settings'

const MS_PER_HOUR = 60 * MS_PER_MINUTE

/**
 * A wall clock that moved this much against the monotonic one between two wakeups was set (or
 * the machine slept without the clock noticing): the slots it passed are not fired. Small enough
 * that no slot can be jumped over unnoticed, large enough for timer lateness and NTP slewing.
 */
export const WALL_JUMP_TOLERANCE_MS = 5 * MS_PER_SECOND

/**
 * The slots of clock-aligned breaks (`break.schedule="clock"`, DESIGN.md §3): minutes past each
 * hour in local wall time. It only keeps track of which slots have passed — a cursor in wall time
 * that never moves back, so a slot fires at most once — and which slot's warning was shown; the
 * engine decides what a slot does (a break if the user has been active long enough, else nothing).
 *
 * Slots are found hour by hour with Luxon, so a DST change is as the clocks say: after a
 * spring-forward the next hour simply comes sooner; in a repeated hour each slot occurs twice,
 * as distinct moments, and each may bring a break.
 */
export class ClockSlots {
  /** slots at or before this wall moment have passed */
  private cursorWallMs: number
  /** wall minus monotonic at the last look, to tell a clock that was set from one that ran */
  private offsetMs: number
  private warnedSlotWallMs: number | null = null
  /** the slot whose warning was decided (shown or not), so it is decided once */
  private warningDecidedSlotWallMs: number | null = null
  private cached: { afterWallMs: number; slotWallMs: number | null } | null = null

  constructor(
    private settings: BreakSettings,
    private timeZone: string,
    nowMs: number,
    nowWallMs: number
  ) {
    this.cursorWallMs = nowWallMs
    this.offsetMs = nowWallMs - nowMs
  }

  /** Clock-aligned breaks are on (and have at least one slot). */
  get enabled(): boolean {
    return this.settings.enabled && this.settings.schedule === 'clock' && this.settings.clockMinutes.length > 0
  }

  applySettings(settings: BreakSettings): void {
    this.settings = settings
    this.cached = null
  }

  setTimeZone(timeZone: string): void {
    this.timeZone = timeZone
    this.cached = null
  }

  /**
   * Looks at both clocks at a wakeup. A wall clock that jumped makes every slot up to its new
   * reading pass (a jump forward fires none of the slots it crossed; a jump back never repeats
   * one). Returns true when a slot whose warning was shown passed that way.
   */
  observe(nowMs: number, nowWallMs: number): boolean {
    const offsetMs = nowWallMs - nowMs
    const jumped = Math.abs(offsetMs - this.offsetMs) > WALL_JUMP_TOLERANCE_MS
    this.offsetMs = offsetMs
    return jumped ? this.passThrough(nowWallMs) : false
  }

  /**
   * Slots up to and including `wallMs` pass without a break (time could not count then: a break
   * showing, a pause, outside hours). True when a warned slot passed that way.
   */
  passThrough(wallMs: number): boolean {
    if (wallMs > this.cursorWallMs) this.cursorWallMs = wallMs
    if (this.warnedSlotWallMs !== null && this.warnedSlotWallMs <= this.cursorWallMs) {
      this.warnedSlotWallMs = null
      return true
    }
    return false
  }

  /** The next slot that has not passed (wall ms), or null when clock breaks are off. */
  nextSlotWallMs(): number | null {
    if (!this.enabled) return null
    if (this.cached?.afterWallMs !== this.cursorWallMs) {
      this.cached = { afterWallMs: this.cursorWallMs, slotWallMs: this.firstSlotAfter(this.cursorWallMs) }
    }
    return this.cached.slotWallMs
  }

  /** Whether the warning for this slot was shown (`shown`) or found not needed; asked once a slot. */
  decideWarning(slotWallMs: number, shown: boolean): void {
    this.warningDecidedSlotWallMs = slotWallMs
    if (shown) this.warnedSlotWallMs = slotWallMs
  }

  warningDecidedFor(slotWallMs: number): boolean {
    return this.warningDecidedSlotWallMs === slotWallMs
  }

  /** Where the cursor stands, for a restart (slots up to it have passed). */
  get passedUntilWallMs(): number {
    return this.cursorWallMs
  }

  private firstSlotAfter(afterWallMs: number): number | null {
    const minutes = this.settings.clockMinutes
    let hourStartMs = DateTime.fromMillis(afterWallMs, { zone: this.timeZone }).startOf('hour').toMillis()
    // Three local hours always hold a slot (every hour has each minute, except around a
    // half-hour DST shift); the bound only keeps a strange zone from looping.
    for (let hour = 0; hour < 4; hour++) {
      for (const minute of minutes) {
        const slotMs = hourStartMs + minute * MS_PER_MINUTE
        if (slotMs <= afterWallMs) continue
        // Skip a minute the clocks never show in this hour (a half-hour zone change).
        if (DateTime.fromMillis(slotMs, { zone: this.timeZone }).minute !== minute) continue
        return slotMs
      }
      const nextHourMs = DateTime.fromMillis(hourStartMs + MS_PER_HOUR, { zone: this.timeZone }).startOf('hour').toMillis()
      hourStartMs = nextHourMs > hourStartMs ? nextHourMs : hourStartMs + MS_PER_HOUR
    }
    return null
  }
}
