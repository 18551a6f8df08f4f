import { useTranslation } from 'react-i18next'
import { useEffect, useRef, useState } from 'react'
import type { PostureWatchStatus, WatchPosture } from '@shared/posture-watch'
import type { SettingsPatch } from '@shared/settings'
import { watchCueText } from '@shared/i18n/watch-cue-text'
import { PageHeader } from '../../components/page-header'
import { api } from '../../lib/api'
import { savedSettings } from '../../lib/saved'
import { patchIsLocked, useLockedSettings } from '../../lib/use-locked-settings'
import { useAppInfo } from '../../lib/use-app-info'
import { usePostureWatchStatus } from './use-posture-watch-status'
import { watchFailureMessage, watchModeDescription, watchStatusLine } from './watch-messages'
import { WatchRunner } from './watch-runner'
import './posture-watch.css'
import { errorMessage } from '@shared/error-message'

/** What tests and screen readers read: one of upright | slouching | away | off. */
function dataState(status: PostureWatchStatus | null): WatchPosture | 'off' {
  return status?.phase === 'watching' && status.posture !== null ? status.posture : 'off'
}

function Explanation({ status }: { status: PostureWatchStatus }) {
  const { t } = useTranslation()
  const { periodSeconds, mode } = status.settings
  return (
    <div className="watch-explanation">
      <p>{t('watch.explain.intro')}</p>
      <ul>
        <li>{t('watch.explain.local')}</li>
        <li>{t('watch.explain.kept')}</li>
        <li>
          {t('watch.explain.period', { count: periodSeconds })} {watchModeDescription(t, mode)}
        </li>
        <li>{t('watch.explain.off')}</li>
      </ul>
    </div>
  )
}

/** What the resting watch offers to turn on, in order; the first the organisation has not locked shows. */
const trackChoices: readonly { patch: SettingsPatch; label: 'watch.turnOnPostureCues' | 'watch.turnOnBreaks' }[] = [
  { patch: { posture: { enabled: true } }, label: 'watch.turnOnPostureCues' },
  { patch: { break: { enabled: true } }, label: 'watch.turnOnBreaks' }
]

/**
 * The posture watch's own page: consent, calibration with a live preview, then the checks.
 * Electron keeps it in a hidden window that exists only while the watch is on; the harness
 * shows it at `#/posture-watch`.
 */
export default function PostureWatchPage() {
  const { t } = useTranslation()
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
  const update = (patch: SettingsPatch): void =>
    act(async () => {
      // A refusal (locked by the organisation, a full disk) is an answer, not a throw: show it.
      savedSettings(await api.settings.update(patch))
      setStatus(await api.postureWatch.status())
    })
  const setEnabled = (enabled: boolean): void => update({ postureWatch: { enabled } })
  // The watch checks only while a reminder track is on. Posture cues are the track closest to
  // what the watch is for; breaks are offered when the organisation has locked posture cues off.
  const locked = useLockedSettings()
  const trackToTurnOn = trackChoices.find((choice) => !patchIsLocked(locked, choice.patch)) ?? null
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
    <section className="posture-watch" data-state={state} data-phase={phase} data-last-check={status?.lastCheckAtMs ?? ''} data-resting={status?.restingBecause ?? ''}>
      <PageHeader title={t('watch.title')} />
      {loadError ? <p role="alert">{t('watch.unreachable', { reason: loadError })}</p> : null}
      {actionError ? <p role="alert">{actionError}</p> : null}
      {status?.failure ? (
        <p role="alert" className="watch-failure">
          {watchFailureMessage(t, status.failure)}
        </p>
      ) : null}

      {status && phase === 'off' ? (
        <>
          <p className="watch-status">{t('watch.isOff')}</p>
          <Explanation status={status} />
          <button type="button" onClick={turnOn}>
            {t('watch.turnOn')}
          </button>
        </>
      ) : null}

      {status && phase === 'consent' ? (
        <>
          <Explanation status={status} />
          <div className="watch-actions">
            <button type="button" className="primary" onClick={() => act(() => api.postureWatch.consent())}>
              {t('watch.consent')}
            </button>
            <button type="button" onClick={turnOff}>
              {t('watch.notNow')}
            </button>
          </div>
        </>
      ) : null}

      {phase === 'calibrating' ? (
        <>
          <p className="watch-status">{t('watch.calibrateHint')}</p>
          <div className="watch-actions">
            <button type="button" className="primary" onClick={calibrate} disabled={calibrating}>
              {calibrating ? t('watch.holdStill') : t('watch.calibrate')}
            </button>
            <button type="button" onClick={turnOff}>
              {t('watch.turnOff')}
            </button>
          </div>
        </>
      ) : null}

      {status && phase === 'watching' ? (
        <>
          <p className="watch-status" role="status">
            {watchStatusLine(t, status)}
          </p>
          {status.lastCueReason ? <p className="watch-cue">{t('watch.lastCue', { cue: watchCueText(t, status.lastCueReason) })}</p> : null}
          <div className="watch-actions">
            {status.restingBecause === 'disabled' && trackToTurnOn !== null ? (
              <button type="button" className="primary" onClick={() => update(trackToTurnOn.patch)}>
                {t(trackToTurnOn.label)}
              </button>
            ) : null}
            <button type="button" onClick={() => act(() => api.postureWatch.recalibrate())}>
              {t('watch.recalibrate')}
            </button>
            <button type="button" onClick={turnOff}>
              {t('watch.turnOff')}
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
        aria-label={t('watch.preview')}
      />
    </section>
  )
}
