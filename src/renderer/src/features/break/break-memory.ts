import { usableTimeScale } from '../../lib/time-scale'

/** How the user spends the break: the guided moves (then looking away), or looking away throughout. */
export type BreakMode = 'stretch' | 'look-away'

/**
 * What a break window remembers about its own break across a reload (a crash-restarted or
 * reloaded renderer keeps its sessionStorage; a new window starts without it). The engine keeps
 * the break's clock; only the window knows where the user's routine stands and what they chose.
 */
export interface BreakMemory {
  /** The break this belongs to: the engine's wall-clock start of the showing break. */
  breakStartedAtWallMs: number
  mode: BreakMode
  /** The user chose to walk instead of the stretches. */
  walk: boolean
  /** Where the routine (or the walk) stood when saved, in engine seconds. */
  routineSeconds: number
  /** Its clock was running then (it stands still while the user looks away). */
  running: boolean
  /** When it was saved, by the window's wall clock (ms). */
  savedAtMs: number
}

const storageKey = 'upright.break-memory'

/**
 * The engine tells a break's start by mapping its monotonic start to the wall clock at each
 * reading, so the figure wobbles by a few real ms between readings (times the speed in a sped-up
 * harness). Two breaks never start within this many real ms of each other.
 */
const sameBreakToleranceRealMs = 2_000

/** Far more than any break lasts (breaks are at most 60 minutes); anything beyond is not ours. */
const maxRoutineSeconds = 24 * 60 * 60

function sessionStore(): Storage | null {
  try {
    return window.sessionStorage
  } catch {
    // A storage the page may not use (denied, or no window): the window simply forgets.
    return null
  }
}

/** Saves what the window shows now; a full or refused storage only costs the resume. */
export function rememberBreak(memory: BreakMemory, store: Storage | null = sessionStore()): void {
  try {
    store?.setItem(storageKey, JSON.stringify(memory))
  } catch {
    // Quota or access: the window resumes from the engine's clock instead.
  }
}

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)

/**
 * What was saved for this break, or null: nothing saved, another break's memory, or a value that
 * is not one this window wrote (storage is input like any other, so it is checked and bounded).
 */
export function recallBreak(breakStartedAtWallMs: number, timeScale: number, store: Storage | null = sessionStore()): BreakMemory | null {
  let parsed: unknown
  try {
    parsed = JSON.parse(store?.getItem(storageKey) ?? 'null')
  } catch {
    return null
  }
  if (typeof parsed !== 'object' || parsed === null) return null
  const saved = parsed as Record<string, unknown>
  const { mode, walk, routineSeconds, running, savedAtMs } = saved
  const savedStartMs = saved['breakStartedAtWallMs']
  const toleranceMs = sameBreakToleranceRealMs * usableTimeScale(timeScale)
  if (!isFiniteNumber(savedStartMs) || Math.abs(savedStartMs - breakStartedAtWallMs) > toleranceMs) return null
  if (mode !== 'stretch' && mode !== 'look-away') return null
  if (typeof walk !== 'boolean' || typeof running !== 'boolean' || !isFiniteNumber(savedAtMs)) return null
  if (!isFiniteNumber(routineSeconds) || routineSeconds < 0 || routineSeconds > maxRoutineSeconds) return null
  return { breakStartedAtWallMs, mode, walk, routineSeconds, running, savedAtMs }
}

/**
 * Where the remembered routine stands at `nowMs`: where it was saved, plus the time since if its
 * clock was running (a reload takes a moment, and the routine runs on with the break). A clock
 * set back in between adds nothing.
 */
export function recalledRoutineSeconds(memory: BreakMemory, nowMs: number, timeScale: number): number {
  if (!memory.running) return memory.routineSeconds
  const sinceSeconds = Math.max(0, (nowMs - memory.savedAtMs) / 1000)
  return memory.routineSeconds + sinceSeconds * usableTimeScale(timeScale)
}
