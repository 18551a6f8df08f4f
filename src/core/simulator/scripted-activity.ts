import type { Activity, Clock } from '../engine/ports'

export interface NoInputSpan {
  startMs: number
  endMs: number
}

/**
 * Idle time from a script (the simulator's, the bench's and the tests' one fake input): the user
 * gives input continuously except between `stopInput()` and `resumeInput()`. Driven by the runner
 * at the script's minutes, so a sample taken at the very minute input resumes, before the runner
 * applies it, still sees the full gap. Counts samples for the bench and the tests.
 */
export class ScriptedActivity implements Activity {
  samples = 0
  private lastInputMs: number | null = null

  constructor(private readonly clock: Pick<Clock, 'monotonicNowMs'>) {}

  /** The user's last input is now (or at `atMs`) and none follows. */
  stopInput(atMs: number = this.clock.monotonicNowMs()): void {
    this.lastInputMs = atMs
  }

  resumeInput(): void {
    this.lastInputMs = null
  }

  idleSeconds(): number {
    this.samples += 1
    return this.lastInputMs === null ? 0 : (this.clock.monotonicNowMs() - this.lastInputMs) / 1000
  }
}

/** Overlapping or touching absences are one absence. */
export function mergeSpans(spans: readonly NoInputSpan[]): NoInputSpan[] {
  const sorted = [...spans].sort((a, b) => a.startMs - b.startMs)
  const merged: NoInputSpan[] = []
  for (const span of sorted) {
    const last = merged[merged.length - 1]
    if (last && span.startMs <= last.endMs) last.endMs = Math.max(last.endMs, span.endMs)
    else merged.push({ ...span })
  }
  return merged
}
