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
 * Turns engine events into history lines. A posture cue is written when its answer comes
 * (done/ignore); one left unanswered when the next cue arrives counts as done, the
 * design's default response. Active time is written as `active` records at the moments
 * that close a stretch (break end, natural break, pause) and at quit.
 */
export function createHistoryRecorder(deps: HistoryRecorderDeps) {
  let pendingPostureAtMs: number | null = null
  let plannedBreakSeconds = 0
  let activeSecondsAtLastRecord = deps.activeSecondsTotal()
  let activeSecondsAtLastBreak = activeSecondsAtLastRecord

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

  const activeMinutesSinceBreak = (): number => round1(Math.max(0, deps.activeSecondsTotal() - activeSecondsAtLastBreak) / 60)

  const flushPosture = (): void => {
    if (pendingPostureAtMs === null) return
    write({ kind: 'posture', atMs: pendingPostureAtMs, response: 'done' })
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
            plannedSeconds: plannedBreakSeconds,
            takenSeconds: round1(event.takenSeconds),
            activeMinutesBefore: activeMinutesSinceBreak()
          })
          if (event.outcome !== 'postponed') {
            activeSecondsAtLastBreak = deps.activeSecondsTotal()
            flushActive(atMs)
          }
          sync()
          return
        }
        case 'natural': {
          const atMs = Math.round(event.wallMs)
          write({ kind: 'natural', atMs, awayMinutes: round1(event.awayMinutes), activeMinutesBefore: activeMinutesSinceBreak() })
          activeSecondsAtLastBreak = deps.activeSecondsTotal()
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
          plannedBreakSeconds = event.durationSeconds
          return
        case 'breakWarning':
        case 'stateChanged':
          return
      }
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
