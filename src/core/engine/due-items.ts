import { EPSILON_MS } from './due-epsilon'

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
export type DueItemKind = (typeof itemOrder)[number]
export interface DueItem {
  atMs: number
  kind: DueItemKind
}

/**
 * Each pass of a catch-up handles one item and moves time or state forward, so a day of wakeups
 * needs a few dozen. Reaching this many means an item that does not move on: a defect, reported
 * loudly (see `EngineStuckError`) rather than left as a silent stall.
 */
export const MAX_PASSES_PER_CATCH_UP = 10_000

/** The engine met an item that keeps falling due without moving on; it stops rather than spin. */
export class EngineStuckError extends Error {
  constructor(readonly stuckOn: string) {
    super(`Reminder engine stuck: ${stuckOn} is still due after ${MAX_PASSES_PER_CATCH_UP} passes; the engine stops`)
    this.name = 'EngineStuckError'
  }
}

/**
 * The candidates for the engine's next item, collected in a fixed order; `earliest` is the one to
 * handle first: the earliest moment, and at a tie (within EPSILON_MS) the kind listed first in
 * `itemOrder` (DESIGN.md §3: a cue due at a warning's start is held back, and so on).
 */
export class DueItems {
  private readonly items: DueItem[] = []

  /** A candidate; null means it is not due at any known moment. */
  add(kind: DueItemKind, atMs: number | null): void {
    if (atMs !== null) this.items.push({ kind, atMs })
  }

  earliest(): DueItem | null {
    let next: DueItem | null = null
    for (const item of this.items) {
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
}
