import type { TFunction } from 'i18next'
import type { PostureWatchStatus, WatchFailure, WatchMode } from '@shared/posture-watch'

/** Why the watch turned itself off, and what the user can do about it. */
export function watchFailureMessage(t: TFunction, failure: WatchFailure): string {
  return t(`watch.failure.${failure}`)
}

/** What each camera mode costs, shown next to the choice. */
export function watchModeDescription(t: TFunction, mode: WatchMode): string {
  return t(`watch.mode.${mode}`)
}

/**
 * The watching page's status line: why it rests when it takes no checks (the last posture would
 * read as current), otherwise what the last check showed.
 */
export function watchStatusLine(t: TFunction, status: Pick<PostureWatchStatus, 'restingBecause' | 'posture'>): string {
  if (status.restingBecause === 'disabled') return t('watch.remindersOff')
  if (status.restingBecause !== null) return t(`watch.resting.${status.restingBecause}`)
  return status.posture === null ? t('watch.firstCheck') : t(`watch.posture.${status.posture}`)
}
