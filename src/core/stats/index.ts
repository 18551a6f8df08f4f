export { activeMinutesOnDay, computeStats, type ComputeStatsOptions } from './compute-stats'
export { createLocalDayIndex, type LocalDay, type LocalDayIndex } from './local-days'
export {
  comfortAlertDays,
  comfortAlertLookbackDays,
  comfortAlertMinScore,
  streakMinAdherence
} from './streak-and-alert'
