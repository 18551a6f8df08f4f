import { useEffect, useRef, useState } from 'react'
import type { PostureWatchStatus, WatchPosture } from '@shared/posture-watch'
import { PageHeader } from '../../components/page-header'
import { api } from '../../lib/api'
import { useAppInfo } from '../../lib/use-app-info'
import { usePostureWatchStatus } from './use-posture-watch-status'
import { watchFailureMessages, watchModeDescriptions } from './watch-messages'
import { WatchRunner } from './watch-runner'
import './posture-watch.css'
import { errorMessage } from '@shared/error-message'

const postureText: Record<WatchPosture, string> = {
  upright: 'You are sitting the way you calibrated.',
  slouching: 'You have been slouching for the last few checks.',
  away: 'Nobody is in front of the camera.'
}

/** What tests and screen readers read: one of upright | slouching | away | off. */
function dataState(status: PostureWatchStatus | null): WatchPosture | 'off' {
  return status?.phase === 'watching' && status.posture !== null ? status.posture : 'off'
}

function Explanation({ status }: { status: PostureWatchStatus }) {
  const { periodSeconds, mode } = status.settings
  return (
    <div className="watch-explanation">
      <p>
        The posture watch uses your camera to notice when you sink in your seat, lean towards the screen or let one
        shoulder drop, compared with how you sat when you calibrated.
      </p>
      <ul>
        <li>Everything happens on this computer. Each frame is looked at in memory and dropped: none is saved, shown or sent anywhere.</li>
        <li>What is kept is the calibration: three numbers and a slope (head height, face size, shoulder line), never a picture.</li>
        <li>
          It checks every {periodSeconds} seconds while you are at the computer, and not during a meeting or a fullscreen app.{' '}
          {watchModeDescriptions[mode]}
        </li>
        <li>You can turn it off at any time, in one click from the tray or here.</li>
      </ul>
    </div>
  )
}

/**
 * The posture watch's own page: consent, calibration with a live preview, then the checks.
 * Electron keeps it in a hidden window that exists only while the watch is on; the harness
 * shows it at `#/posture-watch`.
 */
export default function PostureWatchPage() {
  const [status, setStatus, loadError] = usePostureWatchStatus()
  const info = useAppInfo()
  const videoRef = useRef<HTMLVideoElement>(null)
  const runnerRef = useRef<WatchRunner | null>(null)
  const [calibrating, setCalibrating] = useState(false)
  const [actionError, setActionError] = useState<string | null>(null)

  // Read by the runner at each check, so a changed period or mode applies without a restart.
  const latest = useRef({ status, timeScale: 1 })
  useEffect(() => {
    latest.current = { status, timeScale: info?.timeScale ?? 1 }
  }, [status, info])

  const phase = status?.phase ?? 'off'
  const running = phase === 'calibrating' || phase === 'watching'

  useEffect(() => {
    const video = videoRef.current
    if (!running || !video) return
    const runner = new WatchRunner({
      video,
      periodMs: () => ((latest.current.status?.settings.periodSeconds ?? 30) * 1000) / latest.current.timeScale,
      mode: () => latest.current.status?.settings.mode ?? 'sampled',
      onStatus: setStatus
    })
    runnerRef.current = runner
    return () => {
      runner.stop()
      runnerRef.current = null
    }
  }, [running, setStatus])

  useEffect(() => {
    const runner = runnerRef.current
    if (!runner) return
    if (phase === 'calibrating') void runner.startPreview()
    if (phase === 'watching') runner.startWatching()
  }, [phase, running])

  const act = (action: () => Promise<unknown>): void => {
    setActionError(null)
    action().catch((reason: unknown) => setActionError(errorMessage(reason)))
  }
  // Read the status back after the change rather than wait for its event: an event sent before
  // the page's stream connected would otherwise leave the page showing the old phase.
  const setEnabled = (enabled: boolean): void =>
    act(async () => {
      await api.settings.update({ postureWatch: { enabled } })
      setStatus(await api.postureWatch.status())
    })
  const turnOn = (): void => setEnabled(true)
  const turnOff = (): void => setEnabled(false)
  const calibrate = (): void => {
    const runner = runnerRef.current
    if (!runner) return
    setCalibrating(true)
    void runner.calibrate().finally(() => setCalibrating(false))
  }

  const state = dataState(status)
  return (
    <section className="posture-watch" data-state={state} data-phase={phase} data-last-check={status?.lastCheckAtMs ?? ''}>
      <PageHeader title="Posture watch" />
      {loadError ? <p role="alert">The posture watch could not be reached: {loadError}</p> : null}
      {actionError ? <p role="alert">{actionError}</p> : null}
      {status?.failure ? (
        <p role="alert" className="watch-failure">
          {watchFailureMessages[status.failure]}
        </p>
      ) : null}

      {status && phase === 'off' ? (
        <>
          <p className="watch-status">The posture watch is off. The camera is not used and no model is loaded.</p>
          <Explanation status={status} />
          <button type="button" onClick={turnOn}>
            Turn on the posture watch
          </button>
        </>
      ) : null}

      {status && phase === 'consent' ? (
        <>
          <Explanation status={status} />
          <div className="watch-actions">
            <button type="button" className="primary" onClick={() => act(() => api.postureWatch.consent())}>
              Use the camera and calibrate
            </button>
            <button type="button" onClick={turnOff}>
              Not now
            </button>
          </div>
        </>
      ) : null}

      {phase === 'calibrating' ? (
        <>
          <p className="watch-status">
            Sit the way you want to sit: back against the chair, screen at eye level, shoulders relaxed. Then press Calibrate
            and hold still for about three seconds.
          </p>
          <div className="watch-actions">
            <button type="button" className="primary" onClick={calibrate} disabled={calibrating}>
              {calibrating ? 'Hold still…' : 'Calibrate'}
            </button>
            <button type="button" onClick={turnOff}>
              Turn off
            </button>
          </div>
        </>
      ) : null}

      {status && phase === 'watching' ? (
        <>
          <p className="watch-status" role="status">
            {status.posture === null ? 'Watching: the first check is coming up.' : postureText[status.posture]}
          </p>
          {status.lastCue ? <p className="watch-cue">Last cue: {status.lastCue}</p> : null}
          <div className="watch-actions">
            <button type="button" onClick={() => act(() => api.postureWatch.recalibrate())}>
              Recalibrate
            </button>
            <button type="button" onClick={turnOff}>
              Turn off
            </button>
          </div>
        </>
      ) : null}

      {/* The live preview shows only during calibration; at other times frames are never drawn. */}
      <video
        ref={videoRef}
        className="watch-preview"
        hidden={phase !== 'calibrating'}
        muted
        playsInline
        aria-label="Camera preview for calibration"
      />
    </section>
  )
}
