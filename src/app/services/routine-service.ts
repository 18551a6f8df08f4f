import type { AppStateStore } from '../../core/app-state/app-state-store'
import { buildRoutine, fittedSingleRoutine, routineTimeline, singleExerciseRoutine, type SidePreferences } from '../../core/routine'
import { findStretch, stretches } from '../../shared/content'
import type { GuidedRoutine } from '../../shared/routine'
import type { Settings } from '../../shared/settings'

const recentMemory = 24
/**
 * The break screen shows one instruction at a time, so a break gets few moves (one per
 * 100 s: three in a 5-minute break) and ends with a minute of standing and looking far
 * away, which the player fills with whatever time the moves leave.
 */
const secondsPerMove = 100
const lookAwaySeconds = 60
const lookAwayMinBreakSeconds = 120

/** The stretching part of a break: its length and how many moves it may hold. */
export function stretchingPlan(breakSeconds: number): { durationSeconds: number; maxMoves: number } {
  return {
    durationSeconds: breakSeconds >= lookAwayMinBreakSeconds ? breakSeconds - lookAwaySeconds : breakSeconds,
    maxMoves: Math.max(1, Math.round(breakSeconds / secondsPerMove))
  }
}

/** The walking break option (CONTENT-FACTS Addendum C: walk, don't just stand). */
export const walkExerciseId = 'walk-away-from-desk'

function sidePreferences(settings: Settings): SidePreferences {
  return { weaker: settings.body.weakerSide, tighter: settings.body.tighterSide }
}

export interface RoutineServiceDeps {
  state: AppStateStore
  settings: () => Settings
  nowMs: () => number
}

/**
 * Builds the routine a break plays. One routine per break: the break window may reload
 * (or two screens may show it) and must get the same one, so it is kept until the next
 * break starts.
 */
export function createRoutineService(deps: RoutineServiceDeps) {
  let current: GuidedRoutine | null = null

  const build = (): GuidedRoutine => {
    const settings = deps.settings()
    const recentIds = deps.state.get().recentExerciseIds
    const routine = buildRoutine({
      ...stretchingPlan(settings.break.durationMinutes * 60),
      stretches,
      focusAreas: settings.body.focusAreas,
      sidePreferences: sidePreferences(settings),
      recentIds,
      // Only with the user's yes; the builder still keeps them out of breaks under 10 minutes.
      allowFloor: settings.body.floorExercises === 'yes',
      // Varied from break to break, yet reproducible from the time in a bug report.
      seed: Math.floor(deps.nowMs() / 1000) | 0
    })
    const usedIds = routine.items.map((item) => item.exerciseId)
    try {
      deps.state.update((state) => ({
        ...state,
        recentExerciseIds: [...usedIds, ...state.recentExerciseIds.filter((id) => !usedIds.includes(id))].slice(0, recentMemory)
      }))
    } catch {
      // A full disk or read-only folder (told to the user by the store's listener) must not
      // cost the break its stretches; the next routine just may repeat these.
    }
    return { routine, timeline: routineTimeline(routine, stretches) }
  }

  return {
    /** A new break started: the next request builds a fresh routine. */
    startNewBreak(): void {
      current = null
    },

    forBreak(): GuidedRoutine {
      current ??= build()
      return current
    },

    /** The break's walking option: a walk as close to the break's length as the sources allow. */
    walkForBreak(): GuidedRoutine {
      const walk = findStretch(walkExerciseId)
      if (!walk) throw new Error(`no exercise with id "${walkExerciseId}"`)
      const routine = fittedSingleRoutine(walk, deps.settings().break.durationMinutes * 60)
      return { routine, timeline: routineTimeline(routine, stretches) }
    },

    /** One stretch on its own, at its library dose (the "Start" button on the stretches page). */
    forStretch(id: string): GuidedRoutine {
      const stretch = findStretch(id)
      if (!stretch) throw new Error(`no stretch with id "${id}"`)
      const routine = singleExerciseRoutine(stretch, sidePreferences(deps.settings()))
      return { routine, timeline: routineTimeline(routine, stretches) }
    }
  }
}
