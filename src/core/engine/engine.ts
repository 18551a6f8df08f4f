import type {
  BreakOutcome,
  BreakResponse,
  EnginePhase,
  EngineState,
  PauseRequest,
  PostureResponse
} from '../../shared/engine-state'
import type { EngineSnapshot } from '../../shared/engine-snapshot'
import { ActiveTimeLedger } from './active-time-ledger'
import { ClockBreakSchedule } from './clock-break-schedule'
import { DailyLimitTrack } from './daily-limit'
import { DailySkips } from './daily-skips'
import { EPSILON_MS } from './due-epsilon'
import { DueItems, EngineStuckError, MAX_PASSES_PER_CATCH_UP, type DueItem } from './due-items'
import { describeEngineState } from './engine-state-view'
import { EventOutbox } from './event-outbox'
import { NextWakeup } from './next-wakeup'
import type { Activity, Clock, EngineSink } from './ports'
import { pauseEndWallMs, pauseFor, type PauseState } from './pause-state'
import { PresenceTracker } from './presence-tracker'
import { minutesToMs, secondsToMs, type ReminderSettings } from './reminder-settings'
import { ShowingBreak } from './showing-break'
import { ReminderTracks } from './tracks'
import { WakeMoment } from './wake-moment'
import { WorkingHoursCalendar } from './working-hours'

export { EngineStuckError } from './due-items'

export interface ReminderEngineOptions {
  clock: Clock
  activity: Activity
  settings: ReminderSettings
  sink: EngineSink
  /** IANA zone for working hours; defaults to the system's zone */
  timeZone?: string
  /**
   * Counts saved by an earlier run (DESIGN.md §3 "Restart"): they carry on, and the time the app
   * was not running is an absence from the saved moment, as if the screen had been locked.
   */
  restore?: EngineSnapshot | null
  /** The screen is locked (or the system asleep) as the engine starts: away until `unlock()`. */
  startLocked?: boolean
}

/**
 * The reminder scheduler (DESIGN.md §3). It keeps exactly one timer, armed for the next thing that
 * can happen, and between wakeups does nothing. At each wakeup it replays what happened since the
 * last one in monotonic order (a late timer or a suspend changes nothing), looks at the idle time
 * when that matters, applies the app's command if any, and arms the next timer.
 *
 * Events are queued while the state changes and delivered at the end of the wakeup, so a sink may
 * call back into the engine (the simulator answers a break from inside its sink).
 *
 * This class coordinates; the rules with one job each live beside it: the counts (tracks.ts,
 * active-time-ledger.ts), presence (presence-tracker.ts), the break on screen (showing-break.ts,
 * gentle-quiet-check.ts), clock slots (clock-break-schedule.ts), the daily limit, pauses, the
 * order of due items (due-items.ts), the timer (next-wakeup.ts) and what getState reports
 * (engine-state-view.ts).
 */
export class ReminderEngine {
  private readonly clock: Clock
  private settings: ReminderSettings
  private timeZone: string
  private calendar: WorkingHoursCalendar
  private readonly tracks: ReminderTracks
  private readonly presence: PresenceTracker
  /** clock-aligned breaks, the daily limit and skips per day (DESIGN.md §3), each in its own module */
  private readonly clockBreaks: ClockBreakSchedule
  private readonly dailyLimit: DailyLimitTrack
  private readonly skips: DailySkips

  private cancelTimer: (() => void) | null = null
  private disposed = false
  private readonly outbox: EventOutbox

  /** the wakeup being handled */
  private moment: WakeMoment

  private readonly ledger: ActiveTimeLedger
  /** an absence is never backdated before this: the last break end, resume, entry into hours, return */
  private segmentStartMs: number

  private showing: ShowingBreak | null = null
  private paused: PauseState | null = null
  private readingUntilMs: number | null = null
  private busy = false
  private insideHours: boolean

  constructor(options: ReminderEngineOptions) {
    this.clock = options.clock
    this.outbox = new EventOutbox(options.sink)
    this.settings = options.settings
    this.timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone
    this.calendar = new WorkingHoursCalendar(this.settings.workingHours, this.timeZone)
    this.tracks = new ReminderTracks(this.settings)
    this.moment = new WakeMoment(this.clock.monotonicNowMs(), this.clock.wallNowMs())
    this.clockBreaks = new ClockBreakSchedule(this.settings.break, this.timeZone, this.moment, this.tracks)
    this.dailyLimit = new DailyLimitTrack(this.settings.dailyLimit, this.timeZone, this.nowWallMs)
    this.skips = new DailySkips(this.timeZone, this.nowWallMs)
    this.ledger = new ActiveTimeLedger(this.nowMs, this.tracks, this.dailyLimit)
    this.segmentStartMs = this.nowMs
    this.insideHours = this.calendar.statusAt(this.nowWallMs).inside
    const locked = options.startLocked ?? false
    this.presence = new PresenceTracker(options.activity, this.settings.idle.thresholdSeconds, { nowMs: this.nowMs, locked })
    if (options.restore) this.restoreFrom(options.restore)
    else if (locked && this.eligible()) this.presence.leave(this.nowMs, false, this.tracks.breakCountMs)
    this.wake()
  }

  /** The saved counts carry on; the downtime is an absence from the saved moment (see `restore`). */
  private restoreFrom(saved: EngineSnapshot): void {
    this.tracks.restoreCounts(saved.tracks)
    if (saved.today) {
      this.dailyLimit.restoreCounts(saved.today, this.nowWallMs)
      this.skips.restore(saved.today.dayStartWallMs, saved.today.skips, this.nowWallMs)
    }
    this.insideHours = saved.insideHours
    if (saved.pause) this.paused = { untilMonotonicMs: null, untilWallMs: saved.pause.untilWallMs }
    if (saved.readingUntilWallMs !== null && saved.readingUntilWallMs > this.nowWallMs) {
      this.readingUntilMs = this.nowMs + (saved.readingUntilWallMs - this.nowWallMs)
    }
    if (!this.eligible()) return
    // A wall clock set back while the app was down must not make the absence negative.
    const awaySinceWallMs = Math.min(saved.awaySinceWallMs ?? saved.savedAtWallMs, this.nowWallMs)
    const awaySinceMs = this.nowMs - (this.nowWallMs - awaySinceWallMs)
    const breakCountAtAwayMs = saved.awaySinceWallMs === null ? this.tracks.breakCountMs : saved.breakCountAtAwayMs
    this.presence.leave(awaySinceMs, false, breakCountAtAwayMs)
    this.segmentStartMs = awaySinceMs
    this.ledger.accountedToMs = this.nowMs
  }

  /**
   * What to save so a later run can carry on: exact as of the last wakeup. The app saves it at each
   * event and on quit (after `prepareForQuit`), never on a timer of its own.
   */
  snapshot(): EngineSnapshot {
    const wallMs = (monotonicMs: number): number => Math.max(0, Math.round(this.wallAt(monotonicMs)))
    return {
      savedAtWallMs: wallMs(this.ledger.accountedToMs),
      awaySinceWallMs: this.presence.awaySinceMs === null ? null : wallMs(this.presence.awaySinceMs),
      breakCountAtAwayMs: this.presence.breakCountAtAwayMs,
      insideHours: this.insideHours,
      tracks: this.tracks.exportCounts(),
      pause: this.paused ? { untilWallMs: this.pausedUntilWallMs((ms) => this.wallAt(ms)) } : null,
      readingUntilWallMs: this.readingUntilMs === null ? null : wallMs(this.readingUntilMs),
      today: { ...this.dailyLimit.exportCounts(), skips: this.skips.usedToday }
    }
  }

  /**
   * The app is quitting: a showing break ends as skipped (the user chose to leave it), and the user
   * is taken to be away from the last input, as for a lock. Returns what to save; dispose next.
   */
  prepareForQuit(): EngineSnapshot {
    this.wake(() => {
      if (this.showing) this.endBreak('skipped', this.nowMs)
      this.presence.setLocked(true)
      this.leaveIfCounting()
    })
    return this.snapshot()
  }

  // ── pushed by the app (powerMonitor, input hints) ──────────────────────────────────────────

  lock(): void {
    this.wake(() => {
      this.presence.setLocked(true)
      this.leaveIfCounting()
    })
  }

  unlock(): void {
    this.wake(() => this.presence.setLocked(false))
  }

  suspend(): void {
    this.wake(() => {
      this.presence.setSuspended(true)
      this.leaveIfCounting()
    })
    this.clock.noteSuspend?.()
  }

  /** The system woke up (powerMonitor 'resume'). Not to be confused with `resume()`, which ends a pause. */
  resumeFromSuspend(): void {
    this.clock.noteResume?.()
    this.wake(() => this.presence.setSuspended(false))
  }

  /**
   * The app saw the user (tray menu opened, one of our windows used, macOS
   * 'user-did-become-active'): look at the idle time now instead of at the next scheduled sample.
   */
  noticeInput(): void {
    this.wake()
  }

  /**
   * The wall clock was set (the simulator knows its jumps; an app that learns of a change says
   * so): working hours and wall-clock pauses are looked at now rather than at the next recheck.
   */
  wallClockChanged(): void {
    this.wake()
  }

  /** Fullscreen app or meeting detected (or over). */
  setBusy(busy: boolean): void {
    this.wake(() => {
      this.busy = busy
    })
  }

  // ── commands ───────────────────────────────────────────────────────────────────────────────

  /** Tray "take a break now". The user is evidently here, so a pause or an absence ends. */
  startBreakNow(): boolean {
    return this.run(false, () => {
      if (this.showing) return false
      if (this.paused) this.endPause(this.nowMs)
      if (this.presence.isAway && !this.presence.lockedOrSuspended) this.returnAt(this.nowMs)
      this.startBreak(this.nowMs, true)
      return true
    })
  }

  /** Tray "posture check now". */
  postureNow(): boolean {
    return this.run(false, () => {
      if (this.showing) return false
      this.showPosture(this.nowMs, true)
      return true
    })
  }

  /**
   * The user's answer to the showing break. `complete` accepts it (it runs to its end); `postpone`
   * and `skip` end it now, if offered. Returns false when there is no break or the answer is not
   * offered.
   */
  respondToBreak(response: BreakResponse): boolean {
    return this.run(false, () => {
      const showing = this.showing
      if (!showing?.allows(response)) return false
      if (response === 'complete') {
        showing.markAnswered()
        return true
      }
      // A break the user started is theirs to end; only scheduled ones count against the day.
      if (response === 'skip' && !showing.manual) this.skips.noteSkip(this.nowWallMs)
      this.endBreak(response === 'postpone' ? 'postponed' : 'skipped', this.nowMs)
      return true
    })
  }

  /**
   * The user pressed "done" before the time was up (routine finished early). Counted as completed;
   * refused where the break may not be cut short (strict level).
   */
  finishBreak(): boolean {
    return this.run(false, () => {
      if (!this.showing?.canSkip) return false
      this.showing.markAnswered()
      this.endBreak('completed', this.nowMs)
      return true
    })
  }

  /**
   * "Postpone" on the warning notification: the announced break is postponed now, as if its window
   * had been answered with postpone, and none opens. False when no warning is pending or no
   * postpone is offered.
   */
  postponeFromWarning(): boolean {
    return this.run(false, () => {
      if (this.showing || !this.tracks.isWarned || this.tracks.breakDue()) return false
      const offers = this.tracks.offers(false)
      if (!offers.canPostpone) return false
      const activeMinutesBefore = this.tracks.breakCountMs / 60_000
      this.tracks.postpone()
      const plannedSeconds = this.settings.break.durationMinutes * 60
      this.outbox.push({
        kind: 'breakEnded',
        outcome: 'postponed',
        plannedSeconds,
        takenSeconds: 0,
        fromWarning: true,
        activeMinutesBefore,
        ...this.stampAt(this.nowMs)
      })
      return true
    })
  }

  /** The count restarted when the cue was shown; the answer (possibly much later) is for history only. */
  respondToPosture(response: PostureResponse): void {
    this.wake(() => {
      this.outbox.push({ kind: 'postureResponse', response, ...this.stampAt(this.nowMs) })
    })
  }

  /**
   * Nothing is shown or counted until the pause ends; then both counts restart. A pause asked for
   * while a break is showing begins when that break ends (so strict breaks cannot be dodged).
   */
  pause(request: PauseRequest): void {
    this.wake(() => {
      const pause = pauseFor(request, this.moment)
      if (!pause) return
      this.endSegment()
      this.paused = pause
      this.outbox.push({ kind: 'paused', untilWallMs: this.pausedUntilWallMs((ms) => this.wallAt(ms)), ...this.stampAt(this.nowMs) })
    })
  }

  /** Ends a pause; both counts restart. */
  resume(): void {
    this.wake(() => {
      if (this.paused) this.endPause(this.nowMs)
    })
  }

  /**
   * "I'm reading": idle time counts as active until `untilMonotonicMs` (null ends it now). Locking
   * the screen or suspending still counts as away.
   */
  setReading(untilMonotonicMs: number | null): void {
    this.wake(() => {
      if (untilMonotonicMs === null || untilMonotonicMs <= this.nowMs) {
        if (this.readingUntilMs !== null) this.endReading(this.nowMs)
        return
      }
      this.readingUntilMs = untilMonotonicMs
    })
  }

  /** Applies new settings at once, keeping the active time counted so far (see ReminderTracks). */
  updateSettings(settings: ReminderSettings): void {
    this.wake(() => {
      const wasEligible = this.eligible()
      this.settings = settings
      this.presence.applyThreshold(settings.idle.thresholdSeconds)
      this.calendar = new WorkingHoursCalendar(settings.workingHours, this.timeZone)
      this.tracks.applySettings(settings)
      this.clockBreaks.applySettings(settings.break)
      this.dailyLimit.applySettings(settings.dailyLimit)
      this.afterEligibilityChange(wasEligible)
    })
  }

  /** The system time zone changed (working hours are evaluated in it). */
  setTimeZone(timeZone: string): void {
    // Built first: an unknown zone throws here, before the engine's state is touched.
    const calendar = new WorkingHoursCalendar(this.settings.workingHours, timeZone)
    this.wake(() => {
      this.calendar = calendar
      this.timeZone = timeZone
      this.clockBreaks.setTimeZone(timeZone)
      this.dailyLimit.setTimeZone(timeZone, this.nowWallMs)
      this.skips.setTimeZone(timeZone, this.nowWallMs)
    })
  }

  /** A snapshot for the tray and the UI. Does not wake the engine or sample the idle time. */
  getState(): EngineState {
    const nowMs = this.ledger.notBefore(this.clock.monotonicNowMs())
    const moment = new WakeMoment(nowMs, this.clock.wallNowMs())
    const scheduling = !this.showing && !this.paused && this.insideHours && !this.disposed
    return describeEngineState({
      phase: this.phase(),
      moment,
      pendingMs: this.counting() ? nowMs - this.ledger.accountedToMs : 0,
      scheduling,
      untilPostureMs: this.tracks.msUntilPosture(),
      untilBreakMs: this.tracks.msUntilBreak(),
      breakSlotWallMs: scheduling ? this.clockBreaks.nextBreakSlotWallMs() : null,
      breakMomentKnown: this.counting() && !this.waiting(),
      offers: this.showing ?? this.tracks.offers(false, this.skips.left(this.settings.break.maxSkipsPerDay, moment.nowWallMs)),
      breakStartedAtMs: this.showing?.startedMs ?? null,
      breakEndsAtMs: this.showing?.endsMs ?? null,
      pause: this.paused,
      readingUntilMs: this.readingUntilMs,
      busy: this.busy,
      activeMinutesToday: this.dailyLimit.activeMinutesToday
    })
  }

  /** Active time counted since the engine started, up to its last wakeup (for the bench and diagnostics). */
  get countedActiveMs(): number {
    return this.ledger.totalActiveMs
  }

  /**
   * Active time since the engine started, including the stretch running now (since the last
   * wakeup). Does not wake the engine or sample the idle time, like `getState`; an absence found
   * later takes the time back, as it does from the counts.
   */
  activeMsNow(): number {
    const nowMs = this.ledger.notBefore(this.clock.monotonicNowMs())
    return this.ledger.totalActiveMs + (this.counting() ? nowMs - this.ledger.accountedToMs : 0)
  }

  /** Cancels the timer; the engine does nothing afterwards. */
  dispose(): void {
    this.cancelTimer?.()
    this.cancelTimer = null
    this.disposed = true
  }

  // ── one wakeup ─────────────────────────────────────────────────────────────────────────────

  /** A wakeup that applies `action` (if any) at this moment; a wakeup with none just catches up. */
  private wake(action: () => void = () => undefined): void {
    this.run(undefined, action)
  }

  /** A wakeup whose action answers; `whenDisposed` is the answer once the engine is disposed. */
  private run<T>(whenDisposed: T, action: () => T): T {
    if (this.disposed) return whenDisposed
    this.moment = new WakeMoment(this.ledger.notBefore(this.clock.monotonicNowMs()), this.clock.wallNowMs())
    this.presence.startWake(this.nowMs)
    this.clockBreaks.observe(this.moment)
    this.catchUp()
    const result = action()
    this.catchUp()
    this.armTimer()
    this.outbox.notePhase(this.phase(), this.stampAt(this.nowMs))
    this.outbox.deliver()
    return result
  }

  /** Everything that happened up to now: timed items, pause and hours changes, returns, dues now. */
  private catchUp(): void {
    // Leaving working hours (at the boundary, or by a wall-clock change) wins over what falls due
    // at this very moment: at the end of working hours nothing is shown.
    const leavingHours = this.insideHours && !this.calendar.statusAt(this.nowWallMs).inside
    this.advanceTo(this.nowMs, !leavingHours)
    this.checkWallPause()
    this.checkWorkingHours()
    this.checkReturn()
    this.advanceTo(this.nowMs, true)
  }

  private advanceTo(targetMs: number, includeTarget: boolean): void {
    for (let pass = 1; ; pass++) {
      const idleAwayAtMs = this.idleAwayAtMs()
      if (idleAwayAtMs !== null && idleAwayAtMs <= this.ledger.accountedToMs) {
        if (pass >= MAX_PASSES_PER_CATCH_UP) throw new EngineStuckError(`an idle absence from ${idleAwayAtMs} ms`)
        this.goAway(idleAwayAtMs, true)
        continue
      }
      const item = this.nextItem(idleAwayAtMs)
      if (!item || item.atMs > targetMs + EPSILON_MS) break
      if (!includeTarget && item.atMs >= targetMs - EPSILON_MS) break
      if (pass >= MAX_PASSES_PER_CATCH_UP) throw new EngineStuckError(`'${item.kind}' at ${item.atMs} ms`)
      this.accountTo(Math.min(item.atMs, targetMs))
      this.handle(item)
    }
    this.accountTo(targetMs)
  }

  private accountTo(ms: number): void {
    this.ledger.accountTo(ms, this.counting(), this.wallAt(ms))
  }

  private nextItem(idleAwayAtMs: number | null): DueItem | null {
    const items = new DueItems()
    if (this.showing) items.add('breakEnd', this.showing.endsMs)
    items.add('gentleCheck', this.showing?.nextQuietLookAtMs() ?? null)
    items.add('pauseEnd', this.paused?.untilMonotonicMs ?? null)
    items.add('readingEnd', this.readingUntilMs)
    items.add('idleAway', idleAwayAtMs)
    if (this.counting()) {
      const from = this.ledger.accountedToMs
      const warningMs = this.tracks.msUntilWarning()
      items.add('warning', warningMs === null ? null : from + warningMs)
      const breakMs = this.waiting() ? null : this.tracks.msUntilBreak()
      items.add('break', breakMs === null ? null : from + breakMs)
      const postureMs = this.tracks.msUntilPosture()
      items.add('posture', postureMs === null ? null : from + postureMs)
      items.add('dailyLimit', this.dailyLimit.reminderAtMs(from, this.moment))
    }
    if (this.eligible()) {
      items.add('slotWarning', this.counting() ? this.clockBreaks.warningAtMs(this.moment, this.ledger.accountedToMs, this.calendar) : null)
      items.add('slot', this.clockBreaks.slotAtMs(this.moment))
    }
    return items.earliest()
  }

  private handle(item: DueItem): void {
    const atMs = Math.min(item.atMs, this.nowMs)
    switch (item.kind) {
      case 'gentleCheck':
        this.showing?.lookForQuiet(this.nowMs, () => this.lastInputMs())
        return
      case 'breakEnd':
        if (this.showing) this.endBreak(this.showing.outcomeAtEnd(this.nowMs, () => this.lastInputMs()), atMs)
        return
      case 'pauseEnd':
        this.endPause(atMs)
        return
      case 'readingEnd':
        this.endReading(atMs)
        return
      case 'idleAway':
        this.goAway(atMs, true)
        return
      case 'warning': {
        const dueInSeconds = this.tracks.markWarned()
        this.outbox.push({ kind: 'breakWarning', dueInSeconds, silent: this.silenced(), ...this.stampAt(atMs) })
        return
      }
      case 'break':
        // Busy can only be known now that the break is due: it then waits (see `waiting`).
        if (!this.waiting()) this.startBreak(atMs, false)
        return
      case 'posture':
        this.showPosture(atMs, false)
        return
      case 'dailyLimit': {
        // A reminder that interrupts nothing: it changes no count and is silent while busy.
        const activeMinutes = this.dailyLimit.reach(this.wallAt(atMs))
        if (activeMinutes === null) return
        const limitMinutes = this.settings.dailyLimit.minutes
        this.outbox.push({ kind: 'dailyLimit', activeMinutes, limitMinutes, silent: this.silenced(), ...this.stampAt(atMs) })
        return
      }
      case 'slotWarning': {
        const dueInSeconds = this.clockBreaks.warn(atMs, this.moment)
        if (dueInSeconds !== null) this.outbox.push({ kind: 'breakWarning', dueInSeconds, silent: this.silenced(), ...this.stampAt(atMs) })
        return
      }
      case 'slot':
        this.clockBreaks.reach(this.counting())
        return
    }
  }

  // ── state predicates ───────────────────────────────────────────────────────────────────────

  /** Time could count if the user is present. */
  private eligible(): boolean {
    return !this.disposed && this.anythingCounts() && !this.paused && this.insideHours && !this.showing
  }

  /** A reminder needs active time: either track, or the daily limit alone (only "enough screen time today"). */
  private anythingCounts(): boolean {
    return this.tracks.anyEnabled || this.settings.dailyLimit.enabled
  }

  private counting(): boolean {
    return this.eligible() && !this.presence.isAway
  }

  private waiting(): boolean {
    return this.busy && this.settings.interruptions.delayBreaksWhenBusy && this.tracks.breakDue()
  }

  private silenced(): boolean {
    return this.busy && this.settings.interruptions.silenceCuesWhenBusy
  }

  private phase(): EnginePhase {
    if (this.showing) return 'break'
    // A pause before "off": with only the daily limit on, a pause silences its one reminder,
    // and the tray must still say so and offer Resume.
    if (this.paused) return 'paused'
    if (!this.tracks.anyEnabled) return 'disabled'
    if (!this.insideHours) return 'outside-hours'
    if (this.presence.isAway) return 'away'
    if (this.waiting()) return 'waiting'
    if (this.tracks.isWarned) return 'warning'
    return 'active'
  }

  // ── absences (who is here: PresenceTracker) ────────────────────────────────────────────────

  /** The last input as a monotonic moment (samples the idle time, at most once a wakeup). */
  private lastInputMs(): number {
    return this.nowMs - secondsToMs(this.presence.idleSeconds())
  }

  /** While counting and not reading: the moment an absence began, if the idle time shows one. */
  private idleAwayAtMs(): number | null {
    if (!this.counting() || this.readingUntilMs !== null) return null
    return this.presence.idleAwayAtMs(this.segmentStartMs)
  }

  /** Away from `atMs`: active time counted since then is taken back. */
  private goAway(atMs: number, byIdle: boolean): void {
    this.ledger.takeBackFrom(atMs)
    this.presence.leave(atMs, byIdle, this.tracks.breakCountMs)
  }

  /** Lock or suspend while counting: away since the last input (the screen often locks after idling). */
  private leaveIfCounting(): void {
    if (this.counting()) {
      const idleMs = this.readingUntilMs === null ? secondsToMs(this.presence.idleSeconds()) : 0
      this.goAway(Math.max(this.nowMs - idleMs, this.segmentStartMs), false)
    } else {
      this.presence.holdByLockOrSuspend()
    }
  }

  private checkReturn(): void {
    if (!this.presence.isAway || !this.eligible()) return
    const returnMs = this.presence.findReturnMs(this.readingUntilMs !== null)
    if (returnMs !== null) this.returnAt(returnMs)
  }

  /**
   * End of an absence: the posture count restarts; an absence of at least the break duration is a
   * natural break and restarts the break count; a shorter one resumes it. An absence that crossed
   * the end of working hours counts as entering them anew.
   */
  private returnAt(returnMs: number): void {
    const awaySinceMs = this.presence.endAbsence()
    if (awaySinceMs === null) return
    const awayMs = returnMs - awaySinceMs
    this.segmentStartMs = returnMs
    // Nothing counted while away, so counting from the return onwards is exact.
    this.ledger.accountedToMs = Math.min(this.ledger.accountedToMs, returnMs)
    if (!this.calendar.coversWholly(this.wallAt(awaySinceMs), this.wallAt(returnMs))) {
      this.tracks.restartBoth()
      return
    }
    this.tracks.restartPosture()
    if (this.naturalBreakPossible() && awayMs >= minutesToMs(this.settings.break.durationMinutes)) {
      this.tracks.restartBreak()
      this.outbox.push({
        kind: 'natural',
        awayMinutes: awayMs / 60_000,
        activeMinutesBefore: this.presence.breakCountAtAwayMs / 60_000,
        ...this.stampAt(returnMs)
      })
    }
  }

  /** A natural break needs breaks switched on and some work since the break count last restarted. */
  private naturalBreakPossible(): boolean {
    return this.tracks.breakEnabled && this.presence.breakCountAtAwayMs > 0
  }

  // ── segments: stretches of time that could count ──────────────────────────────────────────

  /** Time may count again from `atMs`: a lock or suspend still in force makes the user away from then. */
  private beginSegment(atMs: number): void {
    // Slots that came while time could not count have passed (DESIGN.md §3: they pass).
    this.clockBreaks.passThrough(this.wallAt(atMs))
    this.segmentStartMs = atMs
    this.presence.beginSegment(atMs, this.tracks.breakCountMs)
  }

  private endSegment(): void {
    this.presence.endSegment()
  }

  private afterEligibilityChange(wasEligible: boolean): void {
    const isEligible = this.eligible()
    if (isEligible && !wasEligible) {
      this.tracks.restartBoth()
      this.beginSegment(this.nowMs)
    } else if (!isEligible && wasEligible) this.endSegment()
  }

  private checkWallPause(): void {
    const untilWallMs = this.paused?.untilWallMs ?? null
    if (untilWallMs !== null && this.nowWallMs >= untilWallMs) this.endPause(this.nowMs)
  }

  /** Entering working hours restarts both counts; leaving them stops counting. */
  private checkWorkingHours(): void {
    const inside = this.calendar.statusAt(this.nowWallMs).inside
    if (inside === this.insideHours) return
    const wasEligible = this.eligible()
    this.insideHours = inside
    this.afterEligibilityChange(wasEligible)
  }

  private endPause(atMs: number): void {
    const wasEligible = this.eligible()
    this.paused = null
    this.outbox.push({ kind: 'resumed', ...this.stampAt(atMs) })
    if (this.eligible() && !wasEligible) {
      this.tracks.restartBoth()
      this.beginSegment(atMs)
    }
  }

  private endReading(atMs: number): void {
    this.readingUntilMs = null
    // Idle time until now was counted as active; an absence can only start from here.
    this.segmentStartMs = Math.max(this.segmentStartMs, atMs)
  }

  // ── reminders ──────────────────────────────────────────────────────────────────────────────

  private showPosture(atMs: number, manual: boolean): void {
    this.tracks.restartPosture()
    this.outbox.push({ kind: 'posture', silent: this.silenced(), manual, ...this.stampAt(atMs) })
  }

  private startBreak(atMs: number, manual: boolean): void {
    const offers = this.tracks.offers(manual, this.skips.left(this.settings.break.maxSkipsPerDay, this.wallAt(atMs)))
    const durationMs = minutesToMs(this.settings.break.durationMinutes)
    this.endSegment()
    this.tracks.markBreakShown()
    this.showing = new ShowingBreak(offers, atMs, durationMs, manual, this.settings.break.level)
    this.outbox.push({
      kind: 'break',
      ...offers,
      durationSeconds: durationMs / 1000,
      level: this.settings.break.level,
      manual,
      ...this.stampAt(atMs)
    })
  }

  /** Completed, skipped or missed restarts both counts; postponed brings the break back later. */
  private endBreak(outcome: BreakOutcome, atMs: number): void {
    const showing = this.showing
    if (!showing) return
    this.showing = null
    this.ledger.accountedToMs = Math.max(this.ledger.accountedToMs, atMs)
    const activeMinutesBefore = this.tracks.breakCountMs / 60_000
    if (outcome === 'postponed') this.tracks.postpone()
    else this.tracks.restartBoth()
    this.outbox.push({
      kind: 'breakEnded',
      outcome,
      plannedSeconds: (showing.endsMs - showing.startedMs) / 1000,
      takenSeconds: (atMs - showing.startedMs) / 1000,
      fromWarning: false,
      activeMinutesBefore,
      ...this.stampAt(atMs)
    })
    if (this.eligible()) this.beginSegment(atMs)
  }

  // ── timer and delivery ─────────────────────────────────────────────────────────────────────

  /** One timer for the earliest of: next item, next idle sample, next wall-clock check. */
  private armTimer(): void {
    this.cancelTimer?.()
    this.cancelTimer = null
    const next = new NextWakeup(this.moment)
    next.at(this.nextItem(null)?.atMs ?? null)
    next.atWall(this.paused?.untilWallMs ?? null)
    if (this.settings.workingHours.enabled && this.anythingCounts() && !this.paused) {
      next.atWall(this.calendar.statusAt(this.nowWallMs).untilWallMs)
    }
    // A clock slot is a wall-clock moment too.
    next.atWall(this.eligible() ? this.clockBreaks.nextSlotWallMs() : null)
    if (this.counting() && this.readingUntilMs === null) next.at(this.presence.activeLookAtMs())
    if (this.eligible()) {
      const durationMs = minutesToMs(this.settings.break.durationMinutes)
      next.at(this.presence.awayLookAtMs(durationMs, this.naturalBreakPossible()))
    }
    const timerAtMs = next.timerAtMs()
    if (timerAtMs === null) return
    this.cancelTimer = this.clock.setTimer(timerAtMs, () => {
      this.cancelTimer = null
      this.wake()
    })
  }

  private get nowMs(): number {
    return this.moment.nowMs
  }

  private get nowWallMs(): number {
    return this.moment.nowWallMs
  }

  private wallAt(monotonicMs: number): number {
    return this.moment.wallAt(monotonicMs)
  }

  private stampAt(monotonicMs: number): { wallMs: number; monotonicMs: number } {
    return { wallMs: this.wallAt(monotonicMs), monotonicMs }
  }

  /** null when not paused or paused until resumed */
  private pausedUntilWallMs(wallAt: (monotonicMs: number) => number): number | null {
    return this.paused ? pauseEndWallMs(this.paused, wallAt) : null
  }
}

export function createReminderEngine(options: ReminderEngineOptions): ReminderEngine {
  return new ReminderEngine(options)
}
