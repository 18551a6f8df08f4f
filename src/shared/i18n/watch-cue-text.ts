import type { TFunction } from 'i18next'
import type { SlouchReason } from '../posture-watch'

/** What a posture-watch cue says for its reason: what the camera saw, and one thing to do (notification and page). */
export function watchCueText(t: TFunction, reason: SlouchReason): string {
  return t(`messages.watchCue.${reason}`)
}
