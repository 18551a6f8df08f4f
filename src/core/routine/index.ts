export { buildRoutine, fittedSingleRoutine, singleExerciseRoutine, type BuildRoutineInput } from './build-routine'
export { routineTimeline } from './timeline'
export { exerciseSeconds, type ExerciseSecondsOptions, type DosePlan } from './exercise-plan'
export { evenSides, orderSides, strongerSideReduction, type SidePreferences } from './side-order'
export { createPrng, type Prng } from './prng'
export {
  defaultSecondsPerRep,
  durationTolerance,
  floorMinDurationSeconds,
  microBreakMaxSeconds,
  prepareSecondsByPosition,
  releaseSeconds,
  setRestSeconds,
  switchSideSeconds
} from './timing'
