import type { TrackCounts } from '../../shared/engine-snapshot'
import { EPSILON_MS } from './due-epsilon'
import { minutesToMs, MS_PER_MINUTE, secondsToMs, type ReminderSettings } from './reminder-settings'

/** What a break window may offer. */
export interface BreakOffers {
  postponesLeft: number
  canSkip: boolean
  canPostpone: boolean
  /** skips left today when `break.maxSkipsPerDay` is set; null without a limit */
  skipsLeft: number | null
}

/**
 * A shortened interval that has already run out brings the reminder this long from now rather than
 * at once, so changing a preference never throws a break at the user mid-edit.
 */
const SETTINGS_CHANGE_GRACE_MS = MS_PER_MINUTE

/**
 * The two counts of active time (posture and break) and everything decided by them alone: when
 * the next cue, warning and break fall due, postpones, offers. The engine decides *when* time
 * counts; this class only adds it up. All values are milliseconds of active time.
 */
export class ReminderTracks {
  postureCountMs = 0
  breakCountMs = 0
  private postureTargetMs: number
  private breakTargetMs: number
  /** break count when the break target was last set; a warning that would lie before it is skipped */
  private breakTargetSetAtMs = 0
  /** the warning for the current target has been shown */
  private warned = false
  /** the current break was announced (warning or window) and has not ended; holds posture cues back */
  private announced = false
  private postponesUsed = 0
  /** clock schedule: a slot made the break due (see `dueBySlot`) */
  private slotDue = false

  constructor(private settings: ReminderSettings) {
    this.postureTargetMs = minutesToMs(settings.posture.intervalMinutes)
    this.breakTargetMs = minutesToMs(settings.break.intervalMinutes)
  }

  get postureEnabled(): boolean {
    return this.settings.posture.enabled
  }

  get breakEnabled(): boolean {
    return this.settings.break.enabled
  }

  get anyEnabled(): boolean {
    return this.postureEnabled || this.breakEnabled
  }

  get isWarned(): boolean {
    return this.warned
  }

  accrue(activeMs: number): void {
    this.postureCountMs += activeMs
    this.breakCountMs += activeMs
  }

  /**
   * Takes back time that turned out to be away (we learn of an absence only once it reaches the
   * threshold). A warning already shown stays shown unless the count fell back before it.
   */
  retract(activeMs: number): void {
    this.postureCountMs = Math.max(0, this.postureCountMs - activeMs)
    this.breakCountMs = Math.max(0, this.breakCountMs - activeMs)
    if (this.warned && this.breakCountMs < this.warnAtMs()) this.warned = false
  }

  restartPosture(): void {
    this.postureCountMs = 0
    this.postureTargetMs = minutesToMs(this.settings.posture.intervalMinutes)
  }

  restartBreak(): void {
    this.breakCountMs = 0
    this.breakTargetMs = minutesToMs(this.settings.break.intervalMinutes)
    this.breakTargetSetAtMs = 0
    this.warned = false
    this.announced = false
    this.postponesUsed = 0
    this.slotDue = false
  }

  /**
   * Whether the break target counts. On the clock schedule a break falls due only when a slot says
   * so (or after a postpone, by active time); the interval target then stays unused.
   */
  private get breakArmed(): boolean {
    return this.settings.break.schedule !== 'clock' || this.postponesUsed > 0 || this.slotDue
  }

  /** Clock schedule: a break is neither due nor postponed, so a slot may bring one. */
  get slotMayBringBreak(): boolean {
    return this.breakEnabled && !this.breakArmed
  }

  /** Clock schedule: the slot has come and the user qualifies; the break is due now. */
  dueBySlot(): void {
    this.slotDue = true
    this.breakTargetMs = this.breakCountMs
    this.breakTargetSetAtMs = this.breakCountMs
    this.announced = true
  }

  /** Clock schedule: the warning before a slot was shown; posture cues wait for the break. */
  warnForSlot(): void {
    this.warned = true
    this.announced = true
  }

  /** Clock schedule: a warned slot passed without a break (the user left, or the clock jumped). */
  clearSlotWarning(): void {
    if (this.breakArmed) return
    this.warned = false
    this.announced = false
  }

  restartBoth(): void {
    this.restartPosture()
    this.restartBreak()
  }

  /**
   * With the same slack as the due items: the engine handles a break due up to EPSILON_MS after
   * the wakeup, with the count that far short of the target, and a busy user's break must wait then too.
   */
  breakDue(): boolean {
    return this.breakEnabled && this.breakArmed && this.breakCountMs >= this.breakTargetMs - EPSILON_MS
  }

  /** From the start of a break's warning (or its due time) until it ends, posture cues are held back. */
  breakPending(): boolean {
    return this.breakEnabled && (this.announced || this.breakDue())
  }

  msUntilPosture(): number | null {
    if (!this.postureEnabled || this.breakPending()) return null
    return Math.max(0, this.postureTargetMs - this.postureCountMs)
  }

  msUntilWarning(): number | null {
    const warningMs = secondsToMs(this.settings.break.warningSeconds)
    if (!this.breakEnabled || !this.breakArmed || this.warned || warningMs <= 0) return null
    const warnAtMs = this.warnAtMs()
    if (warnAtMs < this.breakTargetSetAtMs || this.breakCountMs >= this.breakTargetMs) return null
    return Math.max(0, warnAtMs - this.breakCountMs)
  }

  msUntilBreak(): number | null {
    if (!this.breakEnabled || !this.breakArmed) return null
    return Math.max(0, this.breakTargetMs - this.breakCountMs)
  }

  /** Marks the warning shown; returns the active seconds left until the break. */
  markWarned(): number {
    this.warned = true
    this.announced = true
    return Math.max(0, this.breakTargetMs - this.breakCountMs) / 1000
  }

  markBreakShown(): void {
    this.announced = true
  }

  /** Counts one postpone; the break is due again after postponeMinutes of active time, with its warning. */
  postpone(): void {
    this.postponesUsed += 1
    this.breakTargetMs = this.breakCountMs + minutesToMs(this.settings.break.postponeMinutes)
    this.breakTargetSetAtMs = this.breakCountMs
    this.warned = false
  }

  /**
   * `skipsLeft`: skips left today under `break.maxSkipsPerDay` (null: no limit); none left, skip is
   * not offered (postpone still is, while left).
   */
  offers(manual: boolean, skipsLeft: number | null = null): BreakOffers {
    // A break the user started is theirs to end; strict governs the scheduled ones.
    if (manual) return { postponesLeft: 0, canSkip: true, canPostpone: false, skipsLeft: null }
    if (this.settings.break.level === 'strict') return { postponesLeft: 0, canSkip: false, canPostpone: false, skipsLeft }
    const postponesLeft = Math.max(0, this.settings.break.maxPostpones - this.postponesUsed)
    return { postponesLeft, canSkip: skipsLeft === null || skipsLeft > 0, canPostpone: postponesLeft > 0, skipsLeft }
  }

  /**
   * Keeps elapsed active time across a settings change: a longer interval simply moves the due
   * time; a shorter one that has already run out becomes due shortly (see SETTINGS_CHANGE_GRACE_MS).
   * A track that is switched on starts from zero.
   */
  applySettings(next: ReminderSettings): void {
    const previous = this.settings
    this.settings = next

    if (next.posture.enabled && !previous.posture.enabled) this.restartPosture()
    else if (next.posture.intervalMinutes !== previous.posture.intervalMinutes) {
      this.postureTargetMs = Math.max(
        minutesToMs(next.posture.intervalMinutes),
        this.postureCountMs + SETTINGS_CHANGE_GRACE_MS
      )
    }

    if (next.break.enabled && !previous.break.enabled) this.restartBreak()
    else if (!next.break.enabled) {
      this.warned = false
      this.announced = false
    } else if (next.break.schedule !== previous.break.schedule && this.postponesUsed === 0 && !this.slotDue) {
      // Switching schedules keeps the active time; a warning for the old schedule is withdrawn.
      this.breakTargetMs = Math.max(minutesToMs(next.break.intervalMinutes), this.breakCountMs + SETTINGS_CHANGE_GRACE_MS)
      this.breakTargetSetAtMs = 0
      this.warned = false
      this.announced = false
    } else if (next.break.intervalMinutes !== previous.break.intervalMinutes && this.postponesUsed === 0) {
      const intervalMs = minutesToMs(next.break.intervalMinutes)
      if (intervalMs >= this.breakCountMs + SETTINGS_CHANGE_GRACE_MS) {
        this.breakTargetMs = intervalMs
        this.breakTargetSetAtMs = 0
      } else {
        this.breakTargetMs =
          this.breakCountMs + Math.max(SETTINGS_CHANGE_GRACE_MS, secondsToMs(next.break.warningSeconds))
        this.breakTargetSetAtMs = this.breakCountMs
      }
    }
    if (this.warned && this.breakCountMs < this.warnAtMs()) {
      this.warned = false
      if (this.postponesUsed === 0) this.announced = false
    }
  }

  /** Everything needed to carry on after a restart (see engine-snapshot). */
  exportCounts(): TrackCounts {
    return {
      postureCountMs: this.postureCountMs,
      breakCountMs: this.breakCountMs,
      postureTargetMs: this.postureTargetMs,
      breakTargetMs: this.breakTargetMs,
      breakTargetSetAtMs: this.breakTargetSetAtMs,
      warned: this.warned,
      announced: this.announced,
      postponesUsed: this.postponesUsed
    }
  }

  /**
   * Takes saved counts back. Targets from an earlier run are kept only while they agree with the
   * current settings' interval (a postponed break keeps its own target); otherwise the interval
   * set now applies, as at a settings change.
   */
  restoreCounts(saved: TrackCounts): void {
    this.postureCountMs = saved.postureCountMs
    this.breakCountMs = saved.breakCountMs
    this.postureTargetMs = Math.min(saved.postureTargetMs, minutesToMs(this.settings.posture.intervalMinutes))
    const postponed = saved.postponesUsed > 0
    this.breakTargetMs = postponed ? saved.breakTargetMs : minutesToMs(this.settings.break.intervalMinutes)
    this.breakTargetSetAtMs = postponed ? saved.breakTargetSetAtMs : 0
    this.warned = saved.warned && this.breakArmed && this.breakCountMs >= this.breakTargetMs - secondsToMs(this.settings.break.warningSeconds)
    this.announced = saved.announced && (this.warned || postponed)
    this.postponesUsed = saved.postponesUsed
  }

  private warnAtMs(): number {
    return this.breakTargetMs - secondsToMs(this.settings.break.warningSeconds)
  }
}
