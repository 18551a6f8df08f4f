import type { Config, Human } from '@vladmandic/human'
import type { DetectedFrame } from '@shared/posture-watch'
import { postureWatchAssets } from '@shared/posture-watch-assets'
import { WatchError } from './camera'

/** Only what the watch measures: BlazeFace for the face box, MoveNet Lightning for the shoulders. */
function watchConfig(origin: string): Partial<Config> {
  const base = new URL('./', origin).href
  return {
    // WASM runs on any CPU and in Chromium without a GPU; tfjs's plain CPU backend took
    // 5–11 s per frame here against ~0.2–0.5 s for WASM (DESIGN §12 budget: 2 % of a core).
    backend: 'wasm',
    wasmPath: `${base}${postureWatchAssets.wasmDir}/`,
    wasmPlatformFetch: false,
    modelBasePath: `${base}${postureWatchAssets.modelDir}/`,
    debug: false,
    async: true,
    warmup: 'none',
    // Every frame is a fresh look: no result caching between the few frames of a check.
    cacheSensitivity: 0,
    filter: { enabled: false },
    gesture: { enabled: false },
    hand: { enabled: false },
    object: { enabled: false },
    segmentation: { enabled: false },
    face: {
      enabled: true,
      detector: { modelPath: postureWatchAssets.faceModel, rotation: false, maxDetected: 1, return: false },
      mesh: { enabled: false },
      iris: { enabled: false },
      emotion: { enabled: false },
      description: { enabled: false },
      antispoof: { enabled: false },
      liveness: { enabled: false },
      attention: { enabled: false }
    },
    body: { enabled: true, modelPath: postureWatchAssets.bodyModel, maxDetected: 1 }
  }
}

/** Human types `tf` as any; this reads the one thing the watch needs from it. */
function activeBackend(tf: unknown): string {
  if (typeof tf !== 'object' || tf === null || !('getBackend' in tf) || typeof tf.getBackend !== 'function') return 'unknown'
  return String((tf.getBackend as () => unknown)())
}

/** A loaded tfjs model (its type comes from a package the app does not install). */
interface Disposable {
  dispose(): void
}

export interface PostureDetector {
  /** Looks at the video's current frame; returns numbers only. */
  detect(video: HTMLVideoElement): Promise<DetectedFrame>
  dispose(): void
}

/** Loads the library and both models from the app's own files; a failure is `model-failed`. */
export async function loadDetector(): Promise<PostureDetector> {
  let human: Human
  try {
    const { Human } = await import('@vladmandic/human')
    human = new Human(watchConfig(window.location.href))
    await human.load()
    // Human quietly falls back to another backend when WASM cannot start (a CSP, a missing
    // file); those cost far more than the budget, so that is a failure, not a fallback.
    await human.init()
    const backend = activeBackend(human.tf)
    if (backend !== 'wasm') throw new Error(`the WASM backend did not start (got ${String(backend)})`)
  } catch (error) {
    throw new WatchError('model-failed', error)
  }
  return {
    async detect(video) {
      const result = await human.detect(video)
      const face = result.face[0]
      const body = result.body[0]
      return {
        frameWidthPx: Math.max(1, Math.round(video.videoWidth)),
        frameHeightPx: Math.max(1, Math.round(video.videoHeight)),
        faceBox: face ? [face.boxRaw[0], face.boxRaw[1], face.boxRaw[2], face.boxRaw[3]] : null,
        faceScore: face ? Math.min(1, Math.max(0, face.boxScore || face.score)) : 0,
        keypoints: (body?.keypoints ?? [])
          .filter((point) => point.part === 'leftShoulder' || point.part === 'rightShoulder')
          .map((point) => ({ part: point.part, position: [point.positionRaw[0], point.positionRaw[1]] as [number, number], score: Math.min(1, Math.max(0, point.score)) }))
      }
    },
    dispose() {
      // Frees the models' tensors; the page itself goes when the watch is turned off.
      for (const model of Object.values(human.models.models)) (model as unknown as Disposable | null)?.dispose()
    }
  }
}

/** Waits until the video has a frame to look at. */
export function videoReady(video: HTMLVideoElement, timeoutMs = 5000): Promise<void> {
  if (video.readyState >= 2 && video.videoWidth > 0) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      video.removeEventListener('loadeddata', onReady)
      reject(new WatchError('camera-busy'))
    }, timeoutMs)
    const onReady = (): void => {
      clearTimeout(timer)
      resolve()
    }
    video.addEventListener('loadeddata', onReady, { once: true })
  })
}

/** `count` frames, `gapMs` apart: a check looks a few times, so one odd frame does not decide. */
export async function detectFrames(detector: PostureDetector, video: HTMLVideoElement, count: number, gapMs: number): Promise<DetectedFrame[]> {
  const frames: DetectedFrame[] = []
  for (let index = 0; index < count; index += 1) {
    if (index > 0) await new Promise((resolve) => setTimeout(resolve, gapMs))
    frames.push(await detector.detect(video))
  }
  return frames
}
