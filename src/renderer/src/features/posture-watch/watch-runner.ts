import type { PostureWatchStatus, WatchFailure, WatchMode } from '@shared/posture-watch'
import { api } from '../../lib/api'
import { closeCamera, openCamera, WatchError } from './camera'
import { detectFrames, loadDetector, type PostureDetector, videoReady } from './detector'

/** A check looks at 3 frames 150 ms apart; calibration at 8 frames over about 3 seconds. */
const framesPerCheck = 3
const checkGapMs = 150
const calibrationFrames = 8
const calibrationGapMs = 350

export interface WatchRunnerOptions {
  video: HTMLVideoElement
  /** Real milliseconds between checks (the harness's --speed shortens them like its clock). */
  periodMs: () => number
  mode: () => WatchMode
  onStatus: (status: PostureWatchStatus) => void
}

function failureOf(error: unknown): WatchFailure {
  return error instanceof WatchError ? error.failure : 'model-failed'
}

/**
 * Runs the camera and the detector for the posture watch page: a live preview while
 * calibrating, then one check per period. The camera is open only during a check (or all the
 * time in continuous mode); stop() closes it and frees the models.
 */
export class WatchRunner {
  private detector: Promise<PostureDetector> | null = null
  private camera: Promise<MediaStream> | null = null
  private timer: ReturnType<typeof setTimeout> | null = null
  private stopped = false

  constructor(private readonly options: WatchRunnerOptions) {}

  private loadDetectorOnce(): Promise<PostureDetector> {
    this.detector ??= loadDetector()
    return this.detector
  }

  /** One opening at a time: the preview and a Calibrate click must not open the camera twice. */
  private async ensureCamera(): Promise<void> {
    this.camera ??= openCamera(this.options.video)
    await this.camera
    // Stopped meanwhile: releaseCamera() closes it; the caller sees `stopped` and goes no further.
    if (this.stopped) return
    await videoReady(this.options.video)
  }

  private releaseCamera(): void {
    const opening = this.camera
    this.camera = null
    void opening?.then(
      (stream) => closeCamera(stream, this.camera === null ? this.options.video : null),
      () => undefined
    )
  }

  /** Any failure turns the watch off through the app, which tells every window why. */
  private async fail(error: unknown): Promise<void> {
    // After stop() (the watch was turned off, the page left), errors of the last check are moot.
    if (this.stopped) return
    this.stop()
    this.options.onStatus(await api.postureWatch.fail({ failure: failureOf(error) }))
  }

  /** The calibration preview: camera on and models loading while the user settles in. */
  async startPreview(): Promise<void> {
    this.clearTimer()
    try {
      await Promise.all([this.ensureCamera(), this.loadDetectorOnce()])
    } catch (error) {
      await this.fail(error)
    }
  }

  async calibrate(): Promise<void> {
    try {
      await this.ensureCamera()
      const frames = await detectFrames(await this.loadDetectorOnce(), this.options.video, calibrationFrames, calibrationGapMs)
      if (this.stopped) return
      this.options.onStatus(await api.postureWatch.calibrate({ frames }))
    } catch (error) {
      await this.fail(error)
    }
  }

  startWatching(): void {
    this.clearTimer()
    // The preview is over: in sampled mode the camera stays off between checks.
    if (this.options.mode() === 'sampled') this.releaseCamera()
    this.schedule()
  }

  private schedule(): void {
    if (this.stopped) return
    this.timer = setTimeout(() => {
      void this.check()
    }, this.options.periodMs())
  }

  private async check(): Promise<void> {
    try {
      if (await api.postureWatch.due()) {
        await this.ensureCamera()
        const frames = await detectFrames(await this.loadDetectorOnce(), this.options.video, framesPerCheck, checkGapMs)
        if (this.options.mode() === 'sampled') this.releaseCamera()
        if (this.stopped) return
        this.options.onStatus(await api.postureWatch.report({ frames }))
      } else if (this.camera && this.options.mode() === 'continuous') {
        // Not counting (away, paused, in a call): no reason to keep the camera on.
        this.releaseCamera()
      }
    } catch (error) {
      await this.fail(error)
      return
    }
    this.schedule()
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = null
  }

  stop(): void {
    this.stopped = true
    this.clearTimer()
    this.releaseCamera()
    void this.detector?.then(
      (detector) => detector.dispose(),
      () => undefined
    )
    this.detector = null
  }
}
