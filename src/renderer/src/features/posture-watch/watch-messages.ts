import type { WatchFailure, WatchMode } from '@shared/posture-watch'

/** Why the watch turned itself off, and what the user can do about it. */
export const watchFailureMessages: Record<WatchFailure, string> = {
  'no-camera': 'No camera was found, so the posture watch turned itself off. Connect a camera and turn it on again.',
  'camera-busy': 'The camera is in use by another app or could not start, so the posture watch turned itself off. Close the other app and turn it on again.',
  'permission-denied': 'Upright was not allowed to use the camera, so the posture watch turned itself off. Allow camera access for Upright in your system settings, then turn it on again.',
  'model-failed': 'The posture models could not be loaded, so the posture watch turned itself off. Reinstalling Upright may help.',
  'face-not-found': 'Your face was not found in the camera picture, so the posture watch turned itself off. Sit facing the camera in good light and try again.'
}

/** What each camera mode costs, shown next to the choice. */
export const watchModeDescriptions: Record<WatchMode, string> = {
  sampled: 'Opens the camera for about a second at each check, then closes it. The camera light blinks at each check; the least power.',
  continuous: 'Keeps the camera open while you work and reads a frame at each check. No blinking light, but the light stays on and the camera draws power.'
}
