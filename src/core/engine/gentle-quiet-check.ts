import { EPSILON_MS } from './due-epsilon'

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
 * Whether a gentle-level break that nobody answered was taken anyway, judged from the system idle
 * time during it. It keeps the stretch without input seen so far (from the break's start or the
 * last input before GENTLE_CHECK_SHARE, up to the last look that saw no new input) and whether the
 * outcome is already settled. The engine says when a look happens and whether the break was
 * answered; `lastInputMs` is only called when a look still matters, so a settled check costs no
 * idle sample. All moments are monotonic milliseconds.
 */
export class GentleQuietCheck {
  private quiet: { fromMs: number; untilMs: number; settled: boolean } | null = null

  constructor(
    private readonly startedMs: number,
    private readonly endsMs: number
  ) {}

  private get lengthMs(): number {
    return this.endsMs - this.startedMs
  }

  /** When the next look at the idle time is due; null once settled (the break's end takes the last look). */
  nextLookAtMs(): number | null {
    if (this.quiet?.settled) return null
    const atMs = this.quiet
      ? this.quiet.untilMs + this.lengthMs * GENTLE_RECHECK_SHARE
      : this.startedMs + this.lengthMs * GENTLE_CHECK_SHARE
    return atMs < this.endsMs - EPSILON_MS ? atMs : null
  }

  /** One look at the idle time at `nowMs` (a wakeup; a late one counts only up to the break's end). */
  look(nowMs: number, lastInputMs: () => number): void {
    if (this.quiet?.settled) return
    const sampledAtMs = Math.min(nowMs, this.endsMs)
    const inputMs = lastInputMs()
    const quiet = this.quiet ?? { fromMs: Math.max(this.startedMs, inputMs), untilMs: sampledAtMs, settled: false }
    // Input since the last look ended the quiet stretch somewhere after it: count it up to there.
    if (inputMs > quiet.untilMs + EPSILON_MS) quiet.settled = true
    else quiet.untilMs = sampledAtMs
    const cannotBe = quiet.fromMs > this.startedMs + this.lengthMs * (1 - GENTLE_TAKEN_SHARE) + EPSILON_MS
    if (this.longEnough(quiet) || cannotBe) quiet.settled = true
    this.quiet = quiet
  }

  /** At the break's end: one last look, then taken if the quiet stretch was long enough. */
  takenAtEnd(nowMs: number, lastInputMs: () => number): boolean {
    this.look(nowMs, lastInputMs)
    return this.quiet !== null && this.longEnough(this.quiet)
  }

  private longEnough(quiet: { fromMs: number; untilMs: number }): boolean {
    return quiet.untilMs - quiet.fromMs >= this.lengthMs * GENTLE_TAKEN_SHARE - EPSILON_MS
  }
}
