import {
  calibrate,
  combineFrames,
  initialWatchMemory,
  measureFrame,
  observeSample,
  type PostureWatchStore,
  type WatchMemory
} from '../../core/posture-watch'
import type { SettingsStore } from '../../core/settings-store'
import type { EngineState } from '../../shared/engine-state'
import type { HistoryEvent } from '../../shared/history'
import type {
  DetectedFrame,
  PostureWatchSettings,
  PostureWatchStatus,
  SlouchReason,
  WatchFailure,
  WatchPhase,
  WatchRestingReason
} from '../../shared/posture-watch'

/** A cue the watch gave; its words are chosen where it is shown, in that place's language. */
export interface PostureWatchCue {
  atMs: number
  /** Most pronounced first; never empty. */
  reasons: SlouchReason[]
}

export interface PostureWatchDeps {
  settings: Pick<SettingsStore, 'get' | 'update' | 'onChange'>
  store: PostureWatchStore
  engineState: () => EngineState
  nowMs: () => number
  appendHistory: (event: HistoryEvent) => void
  publish: (status: PostureWatchStatus) => void
}

/**
 * The posture watch's application logic, shared by Electron and the harness. The camera page
 * asks whether a check is due, sends what the detector found, and this decides: calibration,
 * posture, cues (into history as `posture` with `source: "watch"`). Turning the watch off (by
 * the user, or by itself after a failure) goes through settings, so every window agrees.
 */
export function createPostureWatchService(deps: PostureWatchDeps) {
  let memory: WatchMemory = initialWatchMemory
  let posture: PostureWatchStatus['posture'] = null
  let recalibrating = false
  let failure: WatchFailure | null = null
  let lastCue: PostureWatchCue | null = null
  let lastCheckAtMs: number | null = null
  const cueListeners = new Set<(cue: PostureWatchCue) => void>()
  const phaseListeners = new Set<(phase: WatchPhase) => void>()

  const settings = (): PostureWatchSettings => deps.settings.get().postureWatch

  // "Both tracks off" is read from the settings, not the engine's phase: a pause would hide
  // 'disabled' there. It wins over every other reason, since only turning a track on ends it.
  // The engine's phase is otherwise one reason at a time; busy counts only while it is counting.
  const restingBecause = (): WatchRestingReason | null => {
    const { posture, break: breaks } = deps.settings.get()
    if (!posture.enabled && !breaks.enabled) return 'disabled'
    const engine = deps.engineState()
    switch (engine.phase) {
      case 'active':
        return engine.busy ? 'busy' : null
      case 'waiting':
        return 'busy'
      case 'warning':
      case 'break':
        return 'break'
      default:
        return engine.phase
    }
  }

  const phase = (): WatchPhase => {
    if (!settings().enabled) return 'off'
    const record = deps.store.get()
    if (record.consentedAtMs === null) return 'consent'
    if (recalibrating || record.reference === null) return 'calibrating'
    return 'watching'
  }

  const status = (): PostureWatchStatus => ({
    phase: phase(),
    posture,
    lastCueReason: lastCue?.reasons[0] ?? null,
    lastCueAtMs: lastCue?.atMs ?? null,
    lastCheckAtMs,
    calibrated: deps.store.get().reference !== null,
    failure,
    restingBecause: restingBecause(),
    settings: settings()
  })

  let lastPhase = phase()
  let lastResting = restingBecause()
  const changed = (): PostureWatchStatus => {
    const current = status()
    lastResting = current.restingBecause
    deps.publish(current)
    if (current.phase !== lastPhase) {
      lastPhase = current.phase
      for (const listener of phaseListeners) listener(current.phase)
    }
    return current
  }

  /**
   * The engine's state changed (the composition calls this on each 'engine:state'): push the
   * status when the reason the watch rests changed, so the page stops showing a stale posture.
   */
  const engineChanged = (): void => {
    if (restingBecause() !== lastResting) changed()
  }

  const resetObservation = (): void => {
    memory = initialWatchMemory
    posture = null
  }

  const stopSettingsFeed = deps.settings.onChange((next) => {
    if (!next.postureWatch.enabled) {
      resetObservation()
      recalibrating = false
    } else if (lastPhase === 'off') {
      // Turned on again: the last failure is history now.
      failure = null
    }
    changed()
  })

  const turnOff = (): void => {
    if (settings().enabled) deps.settings.update({ postureWatch: { enabled: false } })
  }

  return {
    status,
    /** The user read the explanation and agreed to the camera being opened. */
    consent(): PostureWatchStatus {
      if (phase() === 'consent') deps.store.set({ ...deps.store.get(), consentedAtMs: deps.nowMs() })
      return changed()
    },
    /** "Recalibrate" in Preferences: the camera page shows the preview again. */
    recalibrate(): PostureWatchStatus {
      if (settings().enabled) recalibrating = true
      return changed()
    },
    calibrate(frames: readonly DetectedFrame[]): PostureWatchStatus {
      if (phase() !== 'calibrating') return status()
      const result = calibrate(frames.map(measureFrame), deps.nowMs())
      if (!result.ok) return this.fail(result.reason)
      deps.store.set({ ...deps.store.get(), reference: result.reference })
      recalibrating = false
      resetObservation()
      // They just sat the way they want to sit.
      posture = 'upright'
      return changed()
    },
    engineChanged,
    /** Checks run only while time is being counted and not during a call or fullscreen app. */
    isCheckDue(): boolean {
      // A call that starts while time is counted changes no engine phase, so no 'engine:state'
      // may follow; the page asks here each period, which catches it.
      engineChanged()
      return phase() === 'watching' && restingBecause() === null
    },
    report(frames: readonly DetectedFrame[]): PostureWatchStatus {
      const reference = deps.store.get().reference
      if (phase() !== 'watching' || reference === null) return status()
      const nowMs = deps.nowMs()
      const observed = observeSample(memory, combineFrames(frames.map(measureFrame)), reference, settings().sensitivity, nowMs)
      memory = observed.memory
      posture = memory.posture
      lastCheckAtMs = nowMs
      if (observed.cue) {
        lastCue = { atMs: nowMs, ...observed.cue }
        // The watch's cue asks for no answer, so nothing the user did can be recorded: never 'done'.
        deps.appendHistory({ kind: 'posture', atMs: nowMs, response: 'unanswered', source: 'watch', reason: observed.cue.reasons[0] })
        for (const listener of cueListeners) listener(lastCue)
      }
      return changed()
    },
    /** Something the watch needs failed: say why, and turn it off; the rest of the app goes on. */
    fail(reason: WatchFailure): PostureWatchStatus {
      failure = reason
      recalibrating = false
      resetObservation()
      turnOff()
      return changed()
    },
    /** The tray's one-click off. */
    turnOff(): void {
      turnOff()
    },
    /** Electron's tray and notifications listen here. */
    onCue(listener: (cue: PostureWatchCue) => void): () => void {
      cueListeners.add(listener)
      return () => cueListeners.delete(listener)
    },
    /** Electron creates the camera window when the phase leaves `off` and destroys it on `off`. */
    onPhaseChange(listener: (phase: WatchPhase) => void): () => void {
      phaseListeners.add(listener)
      return () => phaseListeners.delete(listener)
    },
    dispose(): void {
      stopSettingsFeed()
    }
  }
}

export type PostureWatchService = ReturnType<typeof createPostureWatchService>
