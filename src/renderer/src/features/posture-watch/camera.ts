import type { WatchFailure } from '@shared/posture-watch'

/** A camera problem the watch reports by name, then turns itself off. */
export class WatchError extends Error {
  constructor(readonly failure: WatchFailure, cause?: unknown) {
    super(failure, { cause })
  }
}

/** getUserMedia's errors, by their DOMException names, as the watch's failures. */
export function cameraFailure(error: unknown): WatchFailure {
  const name = error instanceof DOMException || error instanceof Error ? error.name : ''
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'permission-denied'
  if (name === 'NotReadableError' || name === 'AbortError' || name === 'TrackStartError') return 'camera-busy'
  return 'no-camera'
}

/**
 * Opens the camera small (a 640×480 frame is plenty for a face and shoulders, and cheaper to
 * decode) into `video`. Frames stay in this page's memory: nothing records or sends them.
 */
export async function openCamera(video: HTMLVideoElement): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia) throw new WatchError('no-camera')
  let stream: MediaStream
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { width: { ideal: 640 }, height: { ideal: 480 }, frameRate: { ideal: 10 } }, audio: false })
  } catch (error) {
    throw new WatchError(cameraFailure(error), error)
  }
  video.srcObject = stream
  try {
    await video.play()
  } catch (error) {
    closeCamera(stream, video)
    throw new WatchError('camera-busy', error)
  }
  return stream
}

/** Stops every track, so the camera (and its light) is off, and lets go of the stream. */
export function closeCamera(stream: MediaStream | null, video: HTMLVideoElement | null): void {
  for (const track of stream?.getTracks() ?? []) track.stop()
  if (video) video.srcObject = null
}
