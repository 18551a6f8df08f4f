import { z } from 'zod'
import { epochMsSchema, wallMsSchema } from './bounds'

/**
 * The posture watch (DESIGN §12): what crosses IPC between the camera page and the app.
 * Frames never do: the page reduces each frame to the few numbers below in memory and
 * sends only those. Coordinates are fractions of the frame (0 = top/left, 1 = bottom/right).
 */

const unit = z.number().min(0).max(1)
/** A face or shoulder span narrower than 1 % of the frame is noise, not a person. */
const span = z.number().min(0.01).max(1)

export const watchSensitivitySchema = z.enum(['low', 'medium', 'high'])
export type WatchSensitivity = z.infer<typeof watchSensitivitySchema>

/**
 * `sampled` opens the camera for a few frames once per period and closes it (the camera light
 * blinks briefly); `continuous` keeps the camera open and reads a frame once per period.
 */
export const watchModeSchema = z.enum(['sampled', 'continuous'])
export type WatchMode = z.infer<typeof watchModeSchema>

export const postureWatchSettingsSchema = z
  .object({
    enabled: z.boolean(),
    periodSeconds: z.int().min(10).max(120),
    sensitivity: watchSensitivitySchema,
    mode: watchModeSchema
  })
  .strict()
export type PostureWatchSettings = z.infer<typeof postureWatchSettingsSchema>

export const defaultPostureWatchSettings: PostureWatchSettings = {
  enabled: false,
  periodSeconds: 30,
  sensitivity: 'medium',
  mode: 'sampled'
}

/** One frame (or the median of a few): where the face is, how big, and how the shoulders slope. */
export const postureSampleSchema = z.discriminatedUnion('present', [
  z.object({ present: z.literal(false) }).strict(),
  z
    .object({
      present: z.literal(true),
      /** Centre of the face box, as a fraction of the frame height. */
      faceCenterY: unit,
      faceWidth: span,
      faceHeight: span,
      /**
       * (right shoulder y − left shoulder y) / horizontal distance between them, in pixels, with
       * the person's own right and left; positive when the right shoulder is lower. Null when
       * the shoulders were not seen.
       */
      shoulderSlope: z.number().min(-3).max(3).nullable()
    })
    .strict()
])
export type PostureSample = z.infer<typeof postureSampleSchema>
export type PresentSample = Extract<PostureSample, { present: true }>

/** The user's own good posture: head height, face size and shoulder line. Never a picture. */
export const postureReferenceSchema = z
  .object({
    faceCenterY: unit,
    faceWidth: span,
    faceHeight: span,
    shoulderSlope: z.number().min(-3).max(3).nullable(),
    calibratedAtMs: epochMsSchema
  })
  .strict()
export type PostureReference = z.infer<typeof postureReferenceSchema>

export const slouchReasonSchema = z.enum(['head-forward', 'head-drop', 'right-shoulder-low', 'left-shoulder-low'])
export type SlouchReason = z.infer<typeof slouchReasonSchema>

/** Why the watch stopped by itself; the page and Preferences show the matching message. */
export const watchFailureSchema = z.enum(['no-camera', 'camera-busy', 'permission-denied', 'model-failed', 'face-not-found'])
export type WatchFailure = z.infer<typeof watchFailureSchema>

/**
 * `off`: no window, no camera, no model. `consent`: on, waiting for the user to read what the
 * watch does and agree. `calibrating`: the camera page shows a live preview. `watching`: sampling.
 */
export const watchPhaseSchema = z.enum(['off', 'consent', 'calibrating', 'watching'])
export type WatchPhase = z.infer<typeof watchPhaseSchema>

export const watchPostureSchema = z.enum(['upright', 'slouching', 'away'])
export type WatchPosture = z.infer<typeof watchPostureSchema>

/**
 * Why the watch is taking no checks although it is on (null: it checks). `disabled`: posture
 * cues and breaks are both off; `break` covers a break's warning and the break itself; `busy`
 * a call or fullscreen app, also while a due break waits for it to end. The page words each.
 */
export const watchRestingReasonSchema = z.enum(['disabled', 'paused', 'outside-hours', 'away', 'break', 'busy'])
export type WatchRestingReason = z.infer<typeof watchRestingReasonSchema>

export const postureWatchStatusSchema = z
  .object({
    phase: watchPhaseSchema,
    /** What the last samples showed; null until the first sample after calibration. */
    posture: watchPostureSchema.nullable(),
    /** Why the watch gave its last cue (the most pronounced reason); the page words it. */
    lastCueReason: slouchReasonSchema.nullable(),
    lastCueAtMs: z.int().nonnegative().nullable(),
    /** When the last check was taken (null before the first): the page shows that it is alive. */
    lastCheckAtMs: z.int().nonnegative().nullable(),
    calibrated: z.boolean(),
    /** Set when the watch turned itself off; cleared when the user turns it on again. */
    failure: watchFailureSchema.nullable(),
    /** Why no checks are taken now (the engine is not counting active time, or the user is busy). */
    restingBecause: watchRestingReasonSchema.nullable(),
    settings: postureWatchSettingsSchema
  })
  .strict()
export type PostureWatchStatus = z.infer<typeof postureWatchStatusSchema>

/** A cue the watch gave: when and why (most pronounced first); each shell words it in its own language. */
export const postureWatchCueSchema = z
  .object({
    atMs: wallMsSchema,
    reasons: z.array(slouchReasonSchema).min(1).max(slouchReasonSchema.options.length)
  })
  .strict()

/** At most this many samples go into one calibration (a few seconds at a few frames a second). */
export const maxCalibrationSamples = 60

const finite = z.number().min(-10).max(10)

/**
 * What the detector found in one frame, in frame fractions (the shape of @vladmandic/human's
 * `boxRaw` and `positionRaw`): the page sends this, and the app turns it into a sample.
 */
export const detectedFrameSchema = z
  .object({
    frameWidthPx: z.int().min(1).max(10_000),
    frameHeightPx: z.int().min(1).max(10_000),
    /** [x, y, width, height] of the best face, or null when none was found. */
    faceBox: z.tuple([finite, finite, finite, finite]).nullable(),
    faceScore: z.number().min(0).max(1),
    keypoints: z
      .array(z.object({ part: z.string().max(30), position: z.tuple([finite, finite]), score: z.number().min(0).max(1) }).strict())
      .max(20)
  })
  .strict()
export type DetectedFrame = z.infer<typeof detectedFrameSchema>

/** Frames per check (a few: the median drops a bad one) and per calibration (a few seconds). */
export const maxFramesPerSample = 10
