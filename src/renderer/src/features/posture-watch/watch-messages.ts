import type { TFunction } from 'i18next'
import type { WatchFailure, WatchMode } from '@shared/posture-watch'

/** Why the watch turned itself off, and what the user can do about it. */
export function watchFailureMessage(t: TFunction, failure: WatchFailure): string {
  return t(`watch.failure.${failure}`)
}

/** What each camera mode costs, shown next to the choice. */
export function watchModeDescription(t: TFunction, mode: WatchMode): string {
  return t(`watch.mode.${mode}`)
}
