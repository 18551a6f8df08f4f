import { useEffect, type ReactNode } from 'react'
import type { GuidedRoutine } from '@shared/routine'
import { locatePhase, timelineSeconds, type RoutinePosition } from './routine-progress'
import { BreakMoveView } from './break-move-view'
import { RoutineView } from './routine-view'
import { useRoutineClock } from './use-routine-clock'
import './routine-player.css'

export interface RoutinePlayerProps {
  guided: GuidedRoutine
  timeScale: number
  paused?: boolean
  /** Engine seconds into the timeline to start at (a reloaded break window resumes its routine). */
  startAtSeconds?: number
  headingId: string
  /** The timeline ran to its end. */
  onFinished: () => void
  /** Told where the timeline stands (engine seconds) each time the player's clock ticks (once per shown second at real time). */
  onProgress?: (elapsedSeconds: number) => void
  /** Buttons under the routine; they get the position so they can change near the end. */
  controls?: (position: RoutinePosition) => ReactNode
  /** 'calm': the break window's one-instruction view; 'detailed': steps and picture always shown. */
  view?: 'calm' | 'detailed'
}

/** Plays a routine's timeline one phase at a time (the break screen and a stretch's "Start"). */
export function RoutinePlayer({ guided, timeScale, paused = false, startAtSeconds = 0, headingId, onFinished, onProgress, controls, view = 'detailed' }: RoutinePlayerProps) {
  const elapsedSeconds = useRoutineClock({
    totalSeconds: timelineSeconds(guided.timeline),
    timeScale,
    paused,
    startSeconds: startAtSeconds,
    onEnd: onFinished
  })
  useEffect(() => {
    onProgress?.(elapsedSeconds)
  }, [onProgress, elapsedSeconds])
  const position = locatePhase(guided.timeline, elapsedSeconds)
  if (position === null) return null
  return (
    <>
      {view === 'calm' ? <BreakMoveView position={position} headingId={headingId} /> : <RoutineView position={position} headingId={headingId} />}
      {controls ? <div className="routine-controls">{controls(position)}</div> : null}
    </>
  )
}
