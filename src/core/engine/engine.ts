import type {
  BreakOutcome,
  BreakResponse,
  EngineEvent,
  EnginePhase,
  EngineState,
  PauseRequest,
  PostureResponse
} from '../../shared/engine-state'
import type { EngineSnapshot } from '../../shared/engine-snapshot'
import { ClockSlots } from './clock-slots'
import { DailyLimitTrack } from './daily-limit'
import { DailySkips } from './daily-skips'
import { WALL_RECHECK_MS } from './idle-sampling'
import type { Activity, Clock, EngineSink } from './ports'
import { PresenceTracker } from './presence-tracker'
import { minutesToMs, secondsToMs, type ReminderSettings } from './reminder-settings'
import { ReminderTracks, type BreakOffers } from './tracks'
import { WorkingHoursCalendar } from './working-hours'

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

interface ShowingBreak extends BreakOffers {
  startedMs: number
  endsMs: number
  manual: boolean
  level: ReminderSettings['break']['level']
  /** the user answered it (opened, accepted, finished): a gentle break then counts as taken */
  answered: boolean
  /**
   * For an unanswered gentle break: the stretch without input seen so far (from its start or the
   * last input before GENTLE_CHECK_SHARE, up to the last sample that saw no new input), and
   * whether the outcome is already settled. Null until the first look.
   */
  quiet: { fromMs: number; untilMs: number; settled: boolean } | null
}

interface PauseState {
  /** set for "pause N minutes": measured on the monotonic clock like every duration */
  untilMonotonicMs: number | null
  /** set for "pause until <time>": a wall-clock moment */
  untilWallMs: number | null
}

/** Things that happen at a known monotonic moment, in the order they are handled at a tie. */
const itemOrder = [
  'gentleCheck',
  'breakEnd',
  'pauseEnd',
  'readingEnd',
  'idleAway',
  'dailyLimit',
  'slotWarning',
  'warning',
  'slot',
  'break',
  'posture'
] as const
type ItemKind = (typeof itemOrder)[number]
interface Item {
  atMs: number
  kind: ItemKind
}

/** Rounding slack for "is this due now", so float sums never push an event 1 ms late. */
const EPSILON_MS = 1e-3

/**
 * Each pass of a catch-up handles one item and moves time or state forward, so a day of wakeups
 * needs a few dozen. Reaching this many means an item that does not move on: a defect, reported
 * loudly (see `EngineStuckError`) rather than left as a silent stall.
 */
const MAX_PASSES_PER_CATCH_UP = 10_000

/** The engine met an item that keeps falling due without moving on; it stops rather than spin. */
export class EngineStuckError extends Error {
  constructor(readonly stuckOn: string) {
    super(`Reminder engine stuck: ${stuckOn} is still due after ${MAX_PASSES_PER_CATCH_UP} passes; the engine stops`)
    this.name = 'EngineStuckError'
  }
}

/**
 * A gentle break nobody answered counts as taken only with no input for this share of its length
 * (DESIGN.md §3). Any such stretch spans the moment GENTLE_CHECK_SHARE into the break, so the idle
 * time is first sampled there (giving its start), then every GENTLE_RECHECK_SHARE until input
 * resumes or the break ends (giving its end to within that share, never overstated): at most five
 * samples a break, never a 1 Hz watch.
 */
const GENTLE_TAKEN_SHARE = 0.8
const GENTLE_CHECK_SHARE = 0.8
/** After the first look, how often (share of the break) to look again until the input resumes. */
const GENTLE_RECHECK_SHARE = 0.05

/**
 * The reminder scheduler (DESIGN.md §3). It keeps exactly one timer, armed for the next thing that
 * can happen, and between wakeups does nothing. At each wakeup it replays what happened since the
 * last one in monotonic order (a late timer or a suspend changes nothing), looks at the idle time
 * when that matters, applies the app's command if any, and arms the next timer.
 *
 * Events are queued while the state changes and delivered at the end of the wakeup, so a sink may
 * call back into the engine (the simulator answers a break from inside its sink).
 */
export class ReminderEngine {
  private readonly clock: Clock
  private readonly sink: EngineSink
  private settings: ReminderSettings
  private timeZone: string
  private calendar: WorkingHoursCalendar
  private readonly tracks: ReminderTracks
  private readonly presence: PresenceTracker
  /** clock-aligned breaks, the daily limit and skips per day (DESIGN.md §3), each in its own module */
  private readonly slots: ClockSlots
  private readonly dailyLimit: DailyLimitTrack
  private readonly skips: DailySkips

  private cancelTimer: (() => void) | null = null
  private disposed = false
  private readonly outbox: EngineEvent[] = []
  private lastPhase: EnginePhase | null = null

  /** the wakeup being handled */
  private nowMs: number
  private nowWallMs: number

  /** counts are exact up to this monotonic moment */
  private accountedToMs: number
  private activeTotalMs = 0
  /** an absence is never backdated before this: the last break end, resume, entry into hours, return */
  private segmentStartMs: number

  private showing: ShowingBreak | null = null
  private paused: PauseState | null = null
  private readingUntilMs: number | null = null
  private busy = false
  private insideHours: boolean

  constructor(options: ReminderEngineOptions) {
    this.clock = options.clock
    this.sink = options.sink
    this.settings = options.settings
    this.timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone
    this.calendar = new WorkingHoursCalendar(this.settings.workingHours, this.timeZone)
    this.tracks = new ReminderTracks(this.settings)
    this.nowMs = this.clock.monotonicNowMs()
    this.nowWallMs = this.clock.wallNowMs()
    this.slots = new ClockSlots(this.settings.break, this.timeZone, this.nowMs, this.nowWallMs)
    this.dailyLimit = new DailyLimitTrack(this.settings.dailyLimit, this.timeZone, this.nowWallMs)
    this.skips = new DailySkips(this.timeZone, this.nowWallMs)
    this.accountedToMs = this.nowMs
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
    this.accountedToMs = this.nowMs
  }

  /**
   * What to save so a later run can carry on: exact as of the last wakeup. The app saves it at each
   * event and on quit (after `prepareForQuit`), never on a timer of its own.
   */
  snapshot(): EngineSnapshot {
    const wallMs = (monotonicMs: number): number => Math.max(0, Math.round(this.wallAt(monotonicMs)))
    return {
      savedAtWallMs: wallMs(this.accountedToMs),
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
      if (!showing) return false
      if (response === 'complete') {
        showing.answered = true
        return true
      }
      if (response === 'postpone' && !showing.canPostpone) return false
      if (response === 'skip' && !showing.canSkip) return false
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
      this.showing.answered = true
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
      this.emit({
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
      this.emit({ kind: 'postureResponse', response, ...this.stampAt(this.nowMs) })
    })
  }

  /**
   * Nothing is shown or counted until the pause ends; then both counts restart. A pause asked for
   * while a break is showing begins when that break ends (so strict breaks cannot be dodged).
   */
  pause(request: PauseRequest): void {
    this.wake(() => {
      let pause: PauseState
      if (request === 'indefinite') pause = { untilMonotonicMs: null, untilWallMs: null }
      else if ('minutes' in request) {
        pause = { untilMonotonicMs: this.nowMs + minutesToMs(request.minutes), untilWallMs: null }
      } else {
        if (request.untilWallMs <= this.nowWallMs) return
        pause = { untilMonotonicMs: null, untilWallMs: request.untilWallMs }
      }
      this.endSegment()
      this.paused = pause
      this.emit({ kind: 'paused', untilWallMs: this.pausedUntilWallMs((ms) => this.wallAt(ms)), ...this.stampAt(this.nowMs) })
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
      this.slots.applySettings(settings.break)
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
      this.slots.setTimeZone(timeZone)
      this.dailyLimit.setTimeZone(timeZone, this.nowWallMs)
      this.skips.setTimeZone(timeZone, this.nowWallMs)
    })
  }

  /** A snapshot for the tray and the UI. Does not wake the engine or sample the idle time. */
  getState(): EngineState {
    const nowMs = Math.max(this.clock.monotonicNowMs(), this.accountedToMs)
    const nowWallMs = this.clock.wallNowMs()
    const wallAt = (ms: number): number => nowWallMs + (ms - nowMs)
    const pendingMs = this.counting() ? nowMs - this.accountedToMs : 0
    const scheduling = !this.showing && !this.paused && this.insideHours && !this.disposed

    const untilPostureMs = this.tracks.msUntilPosture()
    const postureInMs =
      scheduling && untilPostureMs !== null ? Math.max(0, untilPostureMs - pendingMs) : null
    const offers = this.showing ?? this.tracks.offers(false, this.skips.left(this.settings.break.maxSkipsPerDay, nowWallMs))
    return {
      ...this.stateBase(nowWallMs, wallAt, offers, postureInMs, pendingMs),
      ...this.nextBreak(scheduling, nowWallMs, pendingMs)
    }
  }

  /**
   * When the next break comes: after active time on the interval schedule (or after a postpone),
   * at the next slot by wall time on the clock schedule. Whether a slot brings a break depends on
   * the active time by then (break.minActiveMinutes), which cannot be known in advance.
   */
  private nextBreak(scheduling: boolean, nowWallMs: number, pendingMs: number): Pick<EngineState, 'nextBreakInSeconds' | 'nextBreakAtWallMs' | 'nextBreakBySlot'> {
    const slotWallMs = scheduling && this.tracks.slotMayBringBreak ? this.slots.nextSlotWallMs() : null
    if (slotWallMs !== null) {
      return { nextBreakInSeconds: Math.max(0, slotWallMs - nowWallMs) / 1000, nextBreakAtWallMs: slotWallMs, nextBreakBySlot: true }
    }
    const untilBreakMs = this.tracks.msUntilBreak()
    const breakInMs = scheduling && untilBreakMs !== null ? Math.max(0, untilBreakMs - pendingMs) : null
    return {
      nextBreakInSeconds: breakInMs === null ? null : breakInMs / 1000,
      nextBreakAtWallMs: breakInMs !== null && this.counting() && !this.waiting() ? nowWallMs + breakInMs : null,
      nextBreakBySlot: false
    }
  }

  /** getState's fields apart from the next break (see getState). */
  private stateBase(
    nowWallMs: number,
    wallAt: (ms: number) => number,
    offers: BreakOffers,
    postureInMs: number | null,
    pendingMs: number
  ): Omit<EngineState, 'nextBreakInSeconds' | 'nextBreakAtWallMs' | 'nextBreakBySlot'> {
    return {
      phase: this.phase(),
      nowWallMs,
      nextPostureInSeconds: postureInMs === null ? null : postureInMs / 1000,
      postponesLeft: offers.postponesLeft,
      canSkip: offers.canSkip,
      canPostpone: offers.canPostpone,
      skipsLeft: offers.skipsLeft,
      breakStartedAtWallMs: this.showing ? wallAt(this.showing.startedMs) : null,
      breakEndsAtWallMs: this.showing ? wallAt(this.showing.endsMs) : null,
      paused: this.paused !== null,
      pausedUntilWallMs: this.pausedUntilWallMs(wallAt),
      readingUntilWallMs: this.readingUntilMs === null ? null : wallAt(this.readingUntilMs),
      busy: this.busy,
      activeMinutesToday: this.dailyLimit.activeMinutesToday + pendingMs / 60_000
    }
  }

  /** Active time counted since the engine started, up to its last wakeup (for the bench and diagnostics). */
  get countedActiveMs(): number {
    return this.activeTotalMs
  }

  /**
   * Active time since the engine started, including the stretch running now (since the last
   * wakeup). Does not wake the engine or sample the idle time, like `getState`; an absence found
   * later takes the time back, as it does from the counts.
   */
  activeMsNow(): number {
    const nowMs = Math.max(this.clock.monotonicNowMs(), this.accountedToMs)
    return this.activeTotalMs + (this.counting() ? nowMs - this.accountedToMs : 0)
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
    this.nowMs = Math.max(this.clock.monotonicNowMs(), this.accountedToMs)
    this.nowWallMs = this.clock.wallNowMs()
    this.presence.startWake(this.nowMs)
    if (this.slots.observe(this.nowMs, this.nowWallMs)) this.tracks.clearSlotWarning()
    this.catchUp()
    const result = action()
    this.catchUp()
    this.armTimer()
    this.notePhase()
    this.flush()
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
      if (idleAwayAtMs !== null && idleAwayAtMs <= this.accountedToMs) {
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
    if (ms <= this.accountedToMs) return
    if (this.counting()) {
      this.tracks.accrue(ms - this.accountedToMs)
      this.dailyLimit.accrue(ms - this.accountedToMs, this.wallAt(ms))
      this.activeTotalMs += ms - this.accountedToMs
    }
    this.accountedToMs = ms
  }

  private nextItem(idleAwayAtMs: number | null): Item | null {
    const items: Item[] = []
    const add = (kind: ItemKind, atMs: number | null): void => {
      if (atMs !== null) items.push({ kind, atMs })
    }
    if (this.showing) add('breakEnd', this.showing.endsMs)
    add('gentleCheck', this.gentleCheckAtMs())
    add('pauseEnd', this.paused?.untilMonotonicMs ?? null)
    add('readingEnd', this.readingUntilMs)
    add('idleAway', idleAwayAtMs)
    if (this.counting()) {
      const from = this.accountedToMs
      const warningMs = this.tracks.msUntilWarning()
      add('warning', warningMs === null ? null : from + warningMs)
      const breakMs = this.waiting() ? null : this.tracks.msUntilBreak()
      add('break', breakMs === null ? null : from + breakMs)
      const postureMs = this.tracks.msUntilPosture()
      add('posture', postureMs === null ? null : from + postureMs)
      add('dailyLimit', this.dailyLimitAtMs(from))
    }
    if (this.eligible()) {
      add('slotWarning', this.slotWarningAtMs())
      add('slot', this.slotAtMs())
    }
    let next: Item | null = null
    for (const item of items) {
      if (
        !next ||
        item.atMs < next.atMs - EPSILON_MS ||
        (Math.abs(item.atMs - next.atMs) <= EPSILON_MS && itemOrder.indexOf(item.kind) < itemOrder.indexOf(next.kind))
      ) {
        next = item
      }
    }
    return next
  }

  private handle(item: Item): void {
    const atMs = Math.min(item.atMs, this.nowMs)
    switch (item.kind) {
      case 'gentleCheck':
        this.lookAtGentleQuiet()
        return
      case 'breakEnd':
        this.endBreak(this.unansweredBreakOutcome(), atMs)
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
        this.emit({ kind: 'breakWarning', dueInSeconds, silent: this.silenced(), ...this.stampAt(atMs) })
        return
      }
      case 'break':
        // Busy can only be known now that the break is due: it then waits (see `waiting`).
        if (!this.waiting()) this.startBreak(atMs, false)
        return
      case 'posture':
        this.showPosture(atMs, false)
        return
      case 'dailyLimit':
        this.checkDailyLimit(atMs)
        return
      case 'slotWarning':
        this.warnForSlot(atMs)
        return
      case 'slot':
        this.reachSlot()
        return
    }
  }

  // ── clock-aligned breaks and the daily limit (rules in clock-slots.ts and daily-limit.ts) ─────

  /** The monotonic moment a wall time will be reached if the clocks run together. */
  private monotonicAt(wallMs: number): number {
    return this.nowMs + (wallMs - this.nowWallMs)
  }

  /** The next slot (while time could count), as a monotonic moment. */
  private slotAtMs(): number | null {
    const slotWallMs = this.slots.nextSlotWallMs()
    return slotWallMs === null ? null : this.monotonicAt(slotWallMs)
  }

  /**
   * `break.warningSeconds` of wall time before a slot that may bring a break, while the user is
   * active. Decided once per slot (see `warnForSlot`); a warning whose moment passed while the
   * user was away comes at once if the slot is still ahead.
   */
  private slotWarningAtMs(): number | null {
    const slotWallMs = this.slots.nextSlotWallMs()
    const warningMs = secondsToMs(this.settings.break.warningSeconds)
    if (slotWallMs === null || warningMs <= 0 || !this.counting() || !this.tracks.slotMayBringBreak) return null
    if (this.slots.warningDecidedFor(slotWallMs)) return null
    // A slot at or after the end of working hours brings nothing, so it is not announced.
    // (Read at the moment the counts are exact to: a wakeup replays items from there.)
    const hoursEndWallMs = this.calendar.statusAt(this.wallAt(this.accountedToMs)).untilWallMs
    if (hoursEndWallMs !== null && hoursEndWallMs <= slotWallMs) return null
    return Math.max(this.monotonicAt(slotWallMs - warningMs), this.accountedToMs)
  }

  /** Warns only if the user will have worked `minActiveMinutes` by the slot, staying active. */
  private warnForSlot(atMs: number): void {
    const slotWallMs = this.slots.nextSlotWallMs()
    if (slotWallMs === null) return
    const slotMs = this.monotonicAt(slotWallMs)
    const qualifies = this.tracks.breakCountMs + (slotMs - atMs) >= minutesToMs(this.settings.break.minActiveMinutes) - EPSILON_MS
    this.slots.decideWarning(slotWallMs, qualifies)
    if (!qualifies) return
    this.tracks.warnForSlot()
    this.emit({ kind: 'breakWarning', dueInSeconds: (slotMs - atMs) / 1000, silent: this.silenced(), ...this.stampAt(atMs) })
  }

  /**
   * A slot: a break falls due now if the user is here, no break is already pending (postponed or
   * waiting) and there was at least `minActiveMinutes` of active time since the break count last
   * restarted (last break, start, return from a natural break, resume, entering hours). Otherwise
   * it passes quietly. Either way it never comes again.
   */
  private reachSlot(): void {
    const slotWallMs = this.slots.nextSlotWallMs()
    if (slotWallMs === null) return
    const qualifies =
      this.counting() &&
      this.tracks.slotMayBringBreak &&
      this.tracks.breakCountMs >= minutesToMs(this.settings.break.minActiveMinutes) - EPSILON_MS
    const wasWarned = this.slots.passThrough(slotWallMs)
    if (qualifies) this.tracks.dueBySlot()
    else if (wasWarned) this.tracks.clearSlotWarning()
  }

  /** The next daily-limit reminder, or local midnight if that comes first (today starts afresh). */
  private dailyLimitAtMs(fromMs: number): number | null {
    const untilMs = this.dailyLimit.msUntilReminder()
    if (untilMs === null) return null
    return Math.min(fromMs + untilMs, Math.max(this.monotonicAt(this.dailyLimit.dayEndWallMs), fromMs))
  }

  /** A reminder that interrupts nothing: it changes no count and is silent while busy. */
  private checkDailyLimit(atMs: number): void {
    if (this.dailyLimit.takeDueReminder(EPSILON_MS)) {
      this.emit({
        kind: 'dailyLimit',
        activeMinutes: Math.floor(this.dailyLimit.activeMinutesToday + 1e-6),
        limitMinutes: this.settings.dailyLimit.minutes,
        silent: this.silenced(),
        ...this.stampAt(atMs)
      })
      return
    }
    // Woken at midnight: today starts afresh (also after a wall clock set past it).
    this.dailyLimit.rollTo(this.wallAt(atMs))
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
    if (!this.tracks.anyEnabled) return 'disabled'
    if (this.paused) return 'paused'
    if (!this.insideHours) return 'outside-hours'
    if (this.presence.isAway) return 'away'
    if (this.waiting()) return 'waiting'
    if (this.tracks.isWarned) return 'warning'
    return 'active'
  }

  // ── gentle-break checks and absences (who is here: PresenceTracker) ────────────────────────

  /** When an unanswered gentle break needs its first look at the idle time; null otherwise. */
  private gentleCheckAtMs(): number | null {
    const showing = this.showing
    if (!showing || showing.level !== 'gentle' || showing.answered || showing.quiet?.settled) return null
    const lengthMs = showing.endsMs - showing.startedMs
    const atMs = showing.quiet
      ? showing.quiet.untilMs + lengthMs * GENTLE_RECHECK_SHARE
      : showing.startedMs + lengthMs * GENTLE_CHECK_SHARE
    // the end of the break takes the last look itself
    return atMs < showing.endsMs - EPSILON_MS ? atMs : null
  }

  /** One look at the idle time for an unanswered gentle break (see GENTLE_CHECK_SHARE). */
  private lookAtGentleQuiet(): void {
    const showing = this.showing
    if (!showing || showing.quiet?.settled) return
    const lengthMs = showing.endsMs - showing.startedMs
    const sampledAtMs = Math.min(this.nowMs, showing.endsMs)
    const lastInputMs = this.nowMs - secondsToMs(this.presence.idleSeconds())
    const quiet = showing.quiet ?? { fromMs: Math.max(showing.startedMs, lastInputMs), untilMs: sampledAtMs, settled: false }
    // Input since the last look ended the quiet stretch somewhere after it: count it up to there.
    if (lastInputMs > quiet.untilMs + EPSILON_MS) quiet.settled = true
    else quiet.untilMs = sampledAtMs
    const longEnough = quiet.untilMs - quiet.fromMs >= lengthMs * GENTLE_TAKEN_SHARE - EPSILON_MS
    const cannotBe = quiet.fromMs > showing.startedMs + lengthMs * (1 - GENTLE_TAKEN_SHARE) + EPSILON_MS
    if (longEnough || cannotBe) quiet.settled = true
    showing.quiet = quiet
  }

  /**
   * A break that ran to its end: completed, unless it was a gentle one nobody answered and the
   * user kept working through it (no stretch without input of GENTLE_TAKEN_SHARE of its length).
   */
  private unansweredBreakOutcome(): BreakOutcome {
    const showing = this.showing
    if (!showing || showing.level !== 'gentle' || showing.answered) return 'completed'
    this.lookAtGentleQuiet()
    const quiet = showing.quiet
    const lengthMs = showing.endsMs - showing.startedMs
    if (!quiet) return 'missed'
    return quiet.untilMs - quiet.fromMs >= lengthMs * GENTLE_TAKEN_SHARE - EPSILON_MS ? 'completed' : 'missed'
  }

  /** While counting and not reading: the moment an absence began, if the idle time shows one. */
  private idleAwayAtMs(): number | null {
    if (!this.counting() || this.readingUntilMs !== null) return null
    return this.presence.idleAwayAtMs(this.segmentStartMs)
  }

  /** Away from `atMs`: active time counted since then is taken back. */
  private goAway(atMs: number, byIdle: boolean): void {
    if (atMs < this.accountedToMs) {
      this.tracks.retract(this.accountedToMs - atMs)
      this.dailyLimit.retract(this.accountedToMs - atMs)
      this.activeTotalMs -= this.accountedToMs - atMs
    }
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
    this.accountedToMs = Math.min(this.accountedToMs, returnMs)
    if (!this.calendar.coversWholly(this.wallAt(awaySinceMs), this.wallAt(returnMs))) {
      this.tracks.restartBoth()
      return
    }
    this.tracks.restartPosture()
    if (this.naturalBreakPossible() && awayMs >= minutesToMs(this.settings.break.durationMinutes)) {
      this.tracks.restartBreak()
      this.emit({
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
    if (this.slots.passThrough(this.wallAt(atMs))) this.tracks.clearSlotWarning()
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
    this.emit({ kind: 'resumed', ...this.stampAt(atMs) })
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
    this.emit({ kind: 'posture', silent: this.silenced(), manual, ...this.stampAt(atMs) })
  }

  private startBreak(atMs: number, manual: boolean): void {
    const offers = this.tracks.offers(manual, this.skips.left(this.settings.break.maxSkipsPerDay, this.wallAt(atMs)))
    const durationMs = minutesToMs(this.settings.break.durationMinutes)
    this.endSegment()
    this.tracks.markBreakShown()
    this.showing = {
      ...offers,
      startedMs: atMs,
      endsMs: atMs + durationMs,
      manual,
      level: this.settings.break.level,
      // a break the user started is answered by starting it
      answered: manual,
      quiet: null
    }
    this.emit({
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
    this.accountedToMs = Math.max(this.accountedToMs, atMs)
    const activeMinutesBefore = this.tracks.breakCountMs / 60_000
    if (outcome === 'postponed') this.tracks.postpone()
    else this.tracks.restartBoth()
    this.emit({
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
    let atMs = Number.POSITIVE_INFINITY
    const consider = (ms: number | null): void => {
      if (ms !== null) atMs = Math.min(atMs, ms)
    }
    const wallDelayMs = (wallMs: number): number =>
      Math.min(Math.max(wallMs - this.nowWallMs, 0), WALL_RECHECK_MS)

    consider(this.nextItem(null)?.atMs ?? null)
    const pauseUntilWallMs = this.paused?.untilWallMs ?? null
    if (pauseUntilWallMs !== null) consider(this.nowMs + wallDelayMs(pauseUntilWallMs))
    if (this.settings.workingHours.enabled && this.anythingCounts() && !this.paused) {
      const untilWallMs = this.calendar.statusAt(this.nowWallMs).untilWallMs
      if (untilWallMs !== null) consider(this.nowMs + wallDelayMs(untilWallMs))
    }
    // A clock slot is a wall-clock moment: a clock set while we sleep is seen within WALL_RECHECK_MS.
    const slotWallMs = this.eligible() ? this.slots.nextSlotWallMs() : null
    if (slotWallMs !== null) consider(this.nowMs + wallDelayMs(slotWallMs))
    if (this.counting() && this.readingUntilMs === null) consider(this.presence.activeLookAtMs())
    if (this.eligible()) {
      const durationMs = minutesToMs(this.settings.break.durationMinutes)
      consider(this.presence.awayLookAtMs(durationMs, this.naturalBreakPossible()))
    }
    // Nothing to wait for. Anything overdue (even a stale -Infinity) wakes at once below: an engine
    // without a timer would never show a due break.
    if (atMs === Number.POSITIVE_INFINITY) return
    this.cancelTimer = this.clock.setTimer(Math.max(atMs, this.nowMs + 1), () => {
      this.cancelTimer = null
      this.wake()
    })
  }

  private notePhase(): void {
    const phase = this.phase()
    if (phase === this.lastPhase) return
    const first = this.lastPhase === null
    this.lastPhase = phase
    if (!first) this.emit({ kind: 'stateChanged', phase, ...this.stampAt(this.nowMs) })
  }

  private emit(event: EngineEvent): void {
    this.outbox.push(event)
  }

  private flush(): void {
    for (let event = this.outbox.shift(); event; event = this.outbox.shift()) this.sink(event)
  }

  private wallAt(monotonicMs: number): number {
    return this.nowWallMs + (monotonicMs - this.nowMs)
  }

  private stampAt(monotonicMs: number): { wallMs: number; monotonicMs: number } {
    return { wallMs: this.wallAt(monotonicMs), monotonicMs }
  }

  /** null when not paused or paused until resumed */
  private pausedUntilWallMs(wallAt: (monotonicMs: number) => number): number | null {
    if (!this.paused) return null
    if (this.paused.untilWallMs !== null) return this.paused.untilWallMs
    if (this.paused.untilMonotonicMs !== null) return wallAt(this.paused.untilMonotonicMs)
    return null
  }
}

export function createReminderEngine(options: ReminderEngineOptions): ReminderEngine {
  return new ReminderEngine(options)
}
