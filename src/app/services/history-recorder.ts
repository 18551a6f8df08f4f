import type { HistoryLog } from '../../core/history'
import type { EngineEvent } from '../../shared/engine-state'
import type { HistoryEvent } from '../../shared/history'

export interface HistoryRecorderDeps {
  history: HistoryLog
  /** Total active seconds the engine has counted so far (monotonic, never reset). */
  activeSecondsTotal: () => number
  onRecorded: (kind: HistoryEvent['kind']) => void
  onError: (error: unknown) => void
}

const round1 = (value: number): number => Math.round(value * 10) / 10

/**
 * Turns engine events into history lines, recording what happened (DESIGN.md §3): a posture
 * cue is written when its answer comes (done only from an explicit confirmation, or ignore);
 * one left without an answer until the next cue, the next break or the quit is `unanswered`.
 * Active time is written as `active` records at the moments
 * that close a stretch (break end, natural break, pause) and at quit.
 */
export function createHistoryRecorder(deps: HistoryRecorderDeps) {
  let pendingPostureAtMs: number | null = null
  let activeSecondsAtLastRecord = deps.activeSecondsTotal()

  const inFlight = new Set<Promise<void>>()

  const write = (event: HistoryEvent): void => {
    const done = deps.history.append(event).then(
      () => {
        deps.onRecorded(event.kind)
      },
      (error: unknown) => {
        deps.onError(error)
      }
    )
    inFlight.add(done)
    void done.finally(() => inFlight.delete(done))
  }

  /** A finished break is worth a disk flush: a power cut right after must not lose it. */
  const sync = (): void => {
    const done = deps.history.sync().catch((error: unknown) => {
      deps.onError(error)
    })
    inFlight.add(done)
    void done.finally(() => inFlight.delete(done))
  }

  const flushActive = (atMs: number): void => {
    const total = deps.activeSecondsTotal()
    const minutes = round1((total - activeSecondsAtLastRecord) / 60)
    if (minutes > 0) write({ kind: 'active', atMs, minutes })
    activeSecondsAtLastRecord = total
  }


  const flushPosture = (): void => {
    if (pendingPostureAtMs === null) return
    write({ kind: 'posture', atMs: pendingPostureAtMs, response: 'unanswered' })
    pendingPostureAtMs = null
  }

  return {
    record(event: EngineEvent): void {
      switch (event.kind) {
        case 'posture':
          flushPosture()
          if (event.silent) write({ kind: 'posture', atMs: Math.round(event.wallMs), response: 'silent' })
          else pendingPostureAtMs = Math.round(event.wallMs)
          return
        case 'postureResponse':
          if (pendingPostureAtMs === null) return
          write({ kind: 'posture', atMs: pendingPostureAtMs, response: event.response })
          pendingPostureAtMs = null
          return
        case 'breakEnded': {
          const atMs = Math.round(event.wallMs)
          write({
            kind: 'break',
            atMs,
            outcome: event.outcome,
            plannedSeconds: event.plannedSeconds,
            takenSeconds: round1(event.takenSeconds),
            activeMinutesBefore: round1(event.activeMinutesBefore)
          })
          if (event.outcome !== 'postponed') flushActive(atMs)
          sync()
          return
        }
        case 'natural': {
          const atMs = Math.round(event.wallMs)
          write({ kind: 'natural', atMs, awayMinutes: round1(event.awayMinutes), activeMinutesBefore: round1(event.activeMinutesBefore) })
          flushActive(atMs)
          return
        }
        case 'paused': {
          const atMs = Math.round(event.wallMs)
          flushActive(atMs)
          const minutes = event.untilWallMs === null ? null : round1(Math.max(0.1, (event.untilWallMs - event.wallMs) / 60_000))
          write({ kind: 'pause', atMs, minutes })
          return
        }
        case 'resumed':
          write({ kind: 'resume', atMs: Math.round(event.wallMs) })
          return
        case 'break':
          // A cue still unanswered when a break comes stays unanswered.
          flushPosture()
          return
        case 'dailyLimit':
          write({ kind: 'dailyLimit', atMs: Math.round(event.wallMs), activeMinutes: event.activeMinutes })
          return
        case 'breakWarning':
        case 'stateChanged':
          return
      }
    },

    /** Active seconds counted but not yet written as an `active` record (the stretch running now). */
    pendingActiveSeconds(): number {
      return Math.max(0, deps.activeSecondsTotal() - activeSecondsAtLastRecord)
    },

    /** At quit: the last active minutes and an unanswered cue must not be lost. */
    async flush(atMs: number): Promise<void> {
      flushPosture()
      flushActive(atMs)
      sync()
      await Promise.all([...inFlight])
    }
  }
}
