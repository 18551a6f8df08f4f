import type { BreakOutcome, BreakResponse } from '../../shared/engine-state'
import { GentleQuietCheck } from './gentle-quiet-check'
import type { ReminderSettings } from './reminder-settings'
import type { BreakOffers } from './tracks'

/**
 * The break window on screen (DESIGN.md §3 "Break"): what it offers, when it ends, whether the
 * user answered it, and so how it ends when it runs out. A gentle-level break nobody answered is
 * judged from the idle time during it (GentleQuietCheck). The engine decides what an ending does
 * to the counts. Moments are monotonic milliseconds.
 */
export class ShowingBreak implements BreakOffers {
  readonly postponesLeft: number
  readonly canSkip: boolean
  readonly canPostpone: boolean
  readonly skipsLeft: number | null
  readonly endsMs: number
  /** the user answered it (opened, accepted, finished): a gentle break then counts as taken */
  private answered: boolean
  /** for a gentle-level break: whether it was taken if nobody answers it (null at other levels) */
  private readonly quietCheck: GentleQuietCheck | null

  constructor(
    offers: BreakOffers,
    readonly startedMs: number,
    durationMs: number,
    /** the user started it (tray "take a break now") */
    readonly manual: boolean,
    level: ReminderSettings['break']['level']
  ) {
    this.postponesLeft = offers.postponesLeft
    this.canSkip = offers.canSkip
    this.canPostpone = offers.canPostpone
    this.skipsLeft = offers.skipsLeft
    this.endsMs = startedMs + durationMs
    // a break the user started is answered by starting it
    this.answered = manual
    this.quietCheck = level === 'gentle' ? new GentleQuietCheck(startedMs, this.endsMs) : null
  }

  /** Whether this answer is offered: `complete` always is; `postpone` and `skip` as offered. */
  allows(response: BreakResponse): boolean {
    if (response === 'postpone') return this.canPostpone
    if (response === 'skip') return this.canSkip
    return true
  }

  /** The user accepted or finished it: it counts as taken, whatever the idle time says. */
  markAnswered(): void {
    this.answered = true
  }

  /** When an unanswered gentle break needs its next look at the idle time; null otherwise. */
  nextQuietLookAtMs(): number | null {
    return this.answered ? null : (this.quietCheck?.nextLookAtMs() ?? null)
  }

  /** A look at the idle time at `nowMs` for the gentle check (see GentleQuietCheck.look). */
  lookForQuiet(nowMs: number, lastInputMs: () => number): void {
    this.quietCheck?.look(nowMs, lastInputMs)
  }

  /**
   * It ran to its end: completed, unless it was a gentle one nobody answered and the user kept
   * working through it.
   */
  outcomeAtEnd(nowMs: number, lastInputMs: () => number): BreakOutcome {
    if (!this.quietCheck || this.answered) return 'completed'
    return this.quietCheck.takenAtEnd(nowMs, lastInputMs) ? 'completed' : 'missed'
  }
}
