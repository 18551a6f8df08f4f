import { activeSampleDelayMs, awaySampleDelayMs, NATURAL_BOUNDARY_LEAD_MS } from './idle-sampling'
import type { Activity } from './ports'
import { secondsToMs } from './reminder-settings'

/**
 * Whether the user is at the computer (DESIGN.md §3 "Away"): lock and suspend, the current absence
 * and how it is watched, and when to look at the idle time. The engine decides *whether* time could
 * count and what an absence means for the counts; this class only knows who is here and since when.
 * All moments are monotonic milliseconds; `startWake` gives the moment of the wakeup being handled.
 */
export class PresenceTracker {
  private locked: boolean
  private suspended = false
  /** start of the current absence; only kept while time could count (the engine's `eligible`) */
  private awaySince: number | null = null
  /** the absence was found through the idle time (not a lock or suspend still in force) */
  private awayByIdle = false
  /** break count when the absence began; a natural break needs some work to replace */
  private breakCountAtAway = 0

  private nowMs: number
  private idleSecondsThisWake: number | null = null
  /**
   * Idle time grows at most one second per second, so until this moment the user cannot have
   * reached the threshold since the last sample: a reminder falling due before it needs no sample.
   */
  private presentUntilMs = Number.NEGATIVE_INFINITY
  /** when the next idle sample is due while the user is active */
  private nextActiveSampleAtMs = Number.NEGATIVE_INFINITY

  constructor(
    private readonly activity: Activity,
    private thresholdSeconds: number,
    options: { nowMs: number; locked: boolean }
  ) {
    this.nowMs = options.nowMs
    this.locked = options.locked
  }

  get awaySinceMs(): number | null {
    return this.awaySince
  }

  get breakCountAtAwayMs(): number {
    return this.breakCountAtAway
  }

  get isAway(): boolean {
    return this.awaySince !== null
  }

  /** Locked or asleep: the user cannot be back, whatever the idle time says. */
  get lockedOrSuspended(): boolean {
    return this.locked || this.suspended
  }

  setLocked(locked: boolean): void {
    this.locked = locked
  }

  setSuspended(suspended: boolean): void {
    this.suspended = suspended
  }

  // ── idle sampling ──────────────────────────────────────────────────────────────────────────

  /** A new wakeup at `nowMs`: the idle time is sampled afresh (once) if it is needed. */
  startWake(nowMs: number): void {
    this.nowMs = nowMs
    this.idleSecondsThisWake = null
  }

  /**
   * A new idle threshold: sample again, even if this wakeup already did (a lower threshold could be
   * reached sooner than the last sample promised).
   */
  applyThreshold(thresholdSeconds: number): void {
    this.thresholdSeconds = thresholdSeconds
    this.idleSecondsThisWake = null
    this.presentUntilMs = Number.NEGATIVE_INFINITY
    this.nextActiveSampleAtMs = Number.NEGATIVE_INFINITY
  }

  /** Seconds since the last input, sampled at most once a wakeup; a nonsense value counts as 0. */
  idleSeconds(): number {
    if (this.idleSecondsThisWake === null) {
      const sampled = this.activity.idleSeconds()
      const idleSeconds = Number.isFinite(sampled) && sampled > 0 ? sampled : 0
      this.idleSecondsThisWake = idleSeconds
      this.presentUntilMs = this.nowMs + secondsToMs(Math.max(0, this.thresholdSeconds - idleSeconds))
      this.nextActiveSampleAtMs = this.nowMs + activeSampleDelayMs(this.thresholdSeconds, idleSeconds)
    }
    return this.idleSecondsThisWake
  }

  /**
   * For a user taken to be active: the moment an absence began if the idle time shows one (never
   * before `notBeforeMs`), else null. Samples only when the threshold could have been reached.
   */
  idleAwayAtMs(notBeforeMs: number): number | null {
    if (this.nowMs < this.presentUntilMs) return null
    const idleSeconds = this.idleSeconds()
    if (idleSeconds < this.thresholdSeconds) return null
    return Math.max(this.nowMs - secondsToMs(idleSeconds), notBeforeMs)
  }

  /** For a user taken to be active: when to look at the idle time next (sampling now if overdue). */
  activeLookAtMs(): number {
    if (this.nextActiveSampleAtMs <= this.nowMs) this.idleSeconds()
    return this.nextActiveSampleAtMs
  }

  /**
   * During an absence watched through the idle time: when to look for the return. Besides the
   * backing-off samples, one look just before the absence becomes a natural break (if one is
   * possible): back before it, a short absence; still away at it, a natural break, whenever the
   * return is noticed. Exact to a second without sampling every second. Null when not watching.
   */
  awayLookAtMs(breakDurationMs: number, naturalBreakPossible: boolean): number | null {
    if (this.awaySince === null || !this.awayByIdle || this.lockedOrSuspended) return null
    let atMs = this.nowMs + awaySampleDelayMs(this.nowMs - this.awaySince)
    const boundaryMs = this.awaySince + breakDurationMs - NATURAL_BOUNDARY_LEAD_MS
    if (boundaryMs > this.nowMs && naturalBreakPossible) atMs = Math.min(atMs, boundaryMs)
    return atMs
  }

  // ── absences ───────────────────────────────────────────────────────────────────────────────

  /** The user is away from `atMs`; `breakCountMs` is the break count at that moment. */
  leave(atMs: number, byIdle: boolean, breakCountMs: number): void {
    this.awaySince = atMs
    this.awayByIdle = byIdle
    this.breakCountAtAway = breakCountMs
  }

  /** A lock or suspend now holds the current absence: the return is its end, not the idle time. */
  holdByLockOrSuspend(): void {
    if (this.awaySince !== null) this.awayByIdle = false
  }

  /**
   * At a wakeup while time could count: the moment the user came back, or null while still away
   * (or not away). While reading the user is back now; otherwise the idle time tells.
   */
  findReturnMs(reading: boolean): number | null {
    if (this.awaySince === null || this.lockedOrSuspended) return null
    if (reading) return this.nowMs
    const idleSeconds = this.idleSeconds()
    if (idleSeconds >= this.thresholdSeconds) {
      // Unlocked or woken but not touched since: still away, now watched through the idle time.
      this.awayByIdle = true
      return null
    }
    // After an idle absence the return is the last input; after unlock or wake it is now.
    const returnMs = this.awayByIdle ? this.nowMs - secondsToMs(idleSeconds) : this.nowMs
    return Math.max(returnMs, this.awaySince)
  }

  /** The absence is over; returns when it began (null if there was none). */
  endAbsence(): number | null {
    const sinceMs = this.awaySince
    this.awaySince = null
    this.awayByIdle = false
    return sinceMs
  }

  /** Time may count again from `atMs`: a lock or suspend still in force makes the user away from then. */
  beginSegment(atMs: number, breakCountMs: number): void {
    this.awaySince = this.lockedOrSuspended ? atMs : null
    this.awayByIdle = false
    this.breakCountAtAway = breakCountMs
  }

  /** Time stops counting (pause, break, end of hours): no absence is tracked until it may again. */
  endSegment(): void {
    this.awaySince = null
    this.awayByIdle = false
  }
}
