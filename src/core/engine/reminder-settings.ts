import type { EngineSettings, Settings } from '../../shared/settings'

/**
 * What the engine reads: EngineSettings plus how to behave while the user is busy. A full
 * `Settings` object fits as is.
 */
export type ReminderSettings = EngineSettings & Pick<Settings, 'interruptions'>

export const MS_PER_SECOND = 1000
export const MS_PER_MINUTE = 60 * MS_PER_SECOND

export function minutesToMs(minutes: number): number {
  return minutes * MS_PER_MINUTE
}

export function secondsToMs(seconds: number): number {
  return seconds * MS_PER_SECOND
}
