import { useEffect, useEffectEvent, useRef, useState } from 'react'
import type { BreakOutcome, EngineState } from '@shared/engine-state'
import type { GuidedRoutine } from '@shared/routine'
import type { BreakSound } from '@shared/settings'
import { Trans, useTranslation } from 'react-i18next'
import { api } from '../../lib/api'
import { useContent } from '../../lib/use-content'
import { useIsWebHarness } from '../../lib/shell'
import { FloorQuestion, WalkInstead } from './break-options'
import { BreakOver } from './break-over'
import { playBreakSound } from './break-sound'
import { LookAway } from './look-away'
import { returnDelayMs, returnToMain } from './return-to-main'
import { formatClock, timelineSeconds } from './routine-progress'
import { RoutinePlayer } from './routine-player'
import { routineResumeSeconds } from './routine-resume'
import { recallBreak, recalledRoutineSeconds, rememberBreak, type BreakMemory, type BreakMode } from './break-memory'
import { useEngineState } from './use-engine-state'
import { useRoutineClock } from './use-routine-clock'
import { errorMessage } from '@shared/error-message'

type Loaded =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  /** `guided` is null when no routine could be built: the break still runs, with the eye rest. */
  | {
      status: 'ready'
      guided: GuidedRoutine | null
      timeScale: number
      startedInBreak: boolean
      /** Engine seconds left in the break when the window opened. */
      breakSeconds: number
      /** Engine seconds into the routine where it starts: past 0 when the window was reloaded mid-break. */
      routineStartSeconds: number
      /** The walk the user had chosen before the window was reloaded (it resumes at routineStartSeconds). */
      resumedWalk: GuidedRoutine | null
    }

/** Within this many seconds of the end, "Done" may end the break a little early. */
const doneWindowSeconds = 20

/** Used only if the engine reports no end time: the routine's own length, or 5 minutes. */
const fallbackBreakSeconds = 300

/**
 * Where a (re)loaded window starts the routine: what it remembers of this break when it has that
 * (exact, and the user's pauses included), else where the break's own clock now is.
 */
function resumeSeconds(state: EngineState, timeScale: number, memory: BreakMemory | null, walkResumed: boolean, nowMs: number): number {
  if (memory !== null && memory.walk === walkResumed) return recalledRoutineSeconds(memory, nowMs, timeScale)
  return routineResumeSeconds(state, timeScale)
}

function secondsLeftInBreak(state: EngineState, guided: GuidedRoutine | null): number {
  if (state.breakEndsAtWallMs !== null) return Math.max(0, (state.breakEndsAtWallMs - state.nowWallMs) / 1000)
  return guided === null ? fallbackBreakSeconds : timelineSeconds(guided.timeline)
}

export interface BreakSoundChoice {
  sound: BreakSound
  volumePercent: number
}

/**
 * The break window: one instruction and one large countdown at a time, the guided moves or
 * standing up and looking away (the user's choice; the moves end with it too), Postpone/Skip
 * where the break level allows, the chosen sound at start and end, and a word to main when
 * the break has run its length.
 */
export function BreakScreen({ sound = null }: { sound?: BreakSoundChoice | null }) {
  const { t } = useTranslation()
  const { safety } = useContent()
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' })
  const [engine, acceptEngine] = useEngineState(null)
  const [outcome, setOutcome] = useState<BreakOutcome | null>(null)
  const [routineDone, setRoutineDone] = useState(false)
  /** Set when the user chose to walk instead of the stretches. */
  const [walk, setWalk] = useState<GuidedRoutine | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [mode, setMode] = useState<BreakMode>('stretch')
  const isWebHarness = useIsWebHarness()

  useEffect(() => {
    let cancelled = false
    // Without a routine or app info the break (and its Skip/Postpone) must still work, so those
    // calls may fail alone: no routine, and real time.
    const routine = api.routine.forBreak().catch(() => null)
    const timeScale = api.app.info().then(
      (info) => info.timeScale,
      () => 1
    )
    Promise.all([routine, api.engine.state(), timeScale]).then(
      async ([guided, state, scale]) => {
        const memory = state.phase === 'break' && state.breakStartedAtWallMs !== null ? recallBreak(state.breakStartedAtWallMs, scale) : null
        // A walk chosen before a reload is asked for again; should that fail, the moves resume.
        const resumedWalk = memory?.walk === true ? await api.routine.walkForBreak().catch(() => null) : null
        if (cancelled) return
        acceptEngine(state)
        const routineStartSeconds = resumeSeconds(state, scale, memory, resumedWalk !== null, Date.now())
        const showing = resumedWalk ?? guided
        // Reloaded after the moves' time ran out: the rest of the break is looking away.
        setRoutineDone(showing !== null && routineStartSeconds > 0 && routineStartSeconds >= timelineSeconds(showing.timeline))
        setWalk(resumedWalk)
        if (memory !== null) setMode(memory.mode)
        setLoaded({
          status: 'ready',
          guided,
          timeScale: scale,
          startedInBreak: state.phase === 'break',
          breakSeconds: secondsLeftInBreak(state, guided),
          routineStartSeconds,
          resumedWalk
        })
      },
      (reason: unknown) => {
        if (!cancelled) setLoaded({ status: 'failed', message: errorMessage(reason) })
      }
    )
    return () => {
      cancelled = true
    }
  }, [acceptEngine])

  const ready = loaded.status === 'ready' ? loaded : null
  const inBreak = engine?.phase === 'break' && outcome === null
  /** Where the routine (or walk) on screen stands, as its player last reported it. */
  const [routineSeconds, setRoutineSeconds] = useState<number | null>(null)

  // Read at the save, not a reason to save: the engine's figure for the break's start wobbles
  // from push to push, and a save then would date an old position as new.
  const rememberNow = useEffectEvent((seconds: number) => {
    const breakKey = inBreak ? engine.breakStartedAtWallMs : null
    if (breakKey === null) return
    rememberBreak({ breakStartedAtWallMs: breakKey, mode, walk: walk !== null, routineSeconds: seconds, running: mode === 'stretch', savedAtMs: Date.now() })
  })
  useEffect(() => {
    // Saved as the routine moves on and at each choice, so a reload picks up what the user sees.
    if (routineSeconds !== null) rememberNow(routineSeconds)
  }, [mode, walk, routineSeconds])
  const over = ready !== null && engine !== null && !inBreak && (ready.startedInBreak || outcome !== null)

  useEffect(() => {
    if (!over || !isWebHarness) return
    // In Electron, main closes the window; the browser harness has no window to close.
    const timer = setTimeout(returnToMain, returnDelayMs)
    return () => {
      clearTimeout(timer)
    }
  }, [over, isWebHarness])

  const refresh = async (): Promise<void> => {
    acceptEngine(await api.engine.state())
  }

  const respond = async (response: 'postpone' | 'skip'): Promise<void> => {
    setBusy(true)
    setError(null)
    try {
      await api.break.respond({ response })
      setOutcome(response === 'postpone' ? 'postponed' : 'skipped')
      await refresh()
    } catch (reason) {
      setError(t(response === 'postpone' ? 'break.postponeFailed' : 'break.skipFailed', { reason: errorMessage(reason) }))
    } finally {
      setBusy(false)
    }
  }

  const finish = async (): Promise<void> => {
    try {
      await api.break.finish()
      setOutcome('completed')
      await refresh()
    } catch {
      // Refused where the break may not end early (strict level): the engine ends it on time
      // and its 'engine:state' push takes this screen to the end message.
    }
  }

  // The break's own clock: the time left, large, and its end finishes the break.
  const breakElapsed = useRoutineClock({
    totalSeconds: ready?.breakSeconds ?? 0,
    timeScale: ready?.timeScale ?? 1,
    paused: !inBreak,
    onEnd: () => void finish()
  })
  const breakRemaining = Math.max(0, Math.ceil((ready?.breakSeconds ?? 0) - breakElapsed - 1e-6))

  /** Moves still to do; without any (none built, or all done) the break is standing and looking away. */
  const movesLeft = ready !== null && ready.guided !== null && ready.guided.timeline.length > 0 && !routineDone

  useBreakSounds(sound, inBreak, over && (outcome ?? 'completed') === 'completed')

  const onEscape = useEffectEvent(() => {
    if (!inBreak || busy || engine === null) return
    if (engine.canPostpone) void respond('postpone')
    else if (engine.canSkip) void respond('skip')
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape') return
      event.preventDefault()
      onEscape()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => {
      window.removeEventListener('keydown', onKeyDown)
    }
  }, [])

  return (
    <main className="break-screen">
      {loaded.status === 'loading' ? <p className="muted">{t('break.loading')}</p> : null}
      {loaded.status === 'failed' ? (
        <p className="error" role="alert">
          {t('break.loadFailed', { reason: loaded.message })}
        </p>
      ) : null}
      {over ? <BreakOver outcome={outcome ?? 'completed'} nextBreakInSeconds={engine?.nextBreakInSeconds ?? null} /> : null}
      {ready !== null && engine !== null && !over && !inBreak ? <NoBreak /> : null}
      {ready !== null && engine !== null && inBreak ? (
        <>
          <header className="break-header">
            <div className="break-title">
              <h1>{t('break.title')}</h1>
              <p className="break-left">{t('break.timeLeft', { time: formatClock(breakRemaining) })}</p>
            </div>
            <BreakChoices engine={engine} busy={busy} onRespond={respond} />
          </header>
          {error ? (
            <p className="error" role="alert">
              {error}
            </p>
          ) : null}
          {movesLeft ? (
            <div className="break-mode" role="group" aria-label={t('break.modeLabel')}>
              <button type="button" aria-pressed={mode === 'stretch'} onClick={() => setMode('stretch')}>
                {t('break.guidedMoves')}
              </button>
              <button type="button" aria-pressed={mode === 'look-away'} onClick={() => setMode('look-away')}>
                {t('break.lookAwayMode')}
              </button>
              {walk === null && ready.guided !== null && ready.guided.routine.durationSeconds >= 60 ? (
                <WalkInstead
                  onWalk={(routine) => {
                    setWalk(routine)
                    setMode('stretch')
                  }}
                />
              ) : null}
            </div>
          ) : null}
          {movesLeft && ready.guided !== null ? (
            // Kept mounted (and paused) while the user looks away, so going back resumes the move.
            <div hidden={mode !== 'stretch'} className="break-stage-wrap">
              <RoutinePlayer
                key={walk === null ? 'routine' : 'walk'}
                guided={walk ?? ready.guided}
                timeScale={ready.timeScale}
                paused={mode !== 'stretch'}
                // A walk the user picks starts at its beginning; a reloaded window resumes what it showed.
                startAtSeconds={walk === null || walk === ready.resumedWalk ? ready.routineStartSeconds : 0}
                headingId="break-exercise"
                view="calm"
                onProgress={setRoutineSeconds}
                onFinished={() => {
                  setRoutineDone(true)
                }}
              />
            </div>
          ) : null}
          {mode === 'look-away' || !movesLeft ? (
            <LookAway remainingSeconds={breakRemaining} afterRoutine={routineDone} />
          ) : null}
          <FloorQuestion />
          {engine.canSkip && breakRemaining <= doneWindowSeconds ? (
            <div className="routine-controls">
              <button type="button" className="primary" disabled={busy} onClick={() => void finish()}>
                {t('break.done')}
              </button>
            </div>
          ) : null}
        </>
      ) : null}
      <p className="break-safety">{safety.stopIfItHurts}</p>
    </main>
  )
}

interface BreakChoicesProps {
  engine: EngineState
  busy: boolean
  onRespond: (response: 'postpone' | 'skip') => Promise<void>
}

function BreakChoices({ engine, busy, onRespond }: BreakChoicesProps) {
  const { t } = useTranslation()
  if (!engine.canPostpone && !engine.canSkip) return null
  return (
    <div className="break-choices">
      <div className="row">
        {engine.canPostpone ? (
          <button type="button" disabled={busy} onClick={() => void onRespond('postpone')}>
            {t('break.postponeLeft', { count: engine.postponesLeft })}
          </button>
        ) : null}
        {engine.canSkip ? (
          <button type="button" disabled={busy} onClick={() => void onRespond('skip')}>
            {t('break.skip')}
          </button>
        ) : null}
      </div>
      <p className="break-key-hint">
        <Trans i18nKey={engine.canPostpone ? 'break.escPostpones' : 'break.escSkips'} components={{ kbd: <kbd /> }} />
      </p>
    </div>
  )
}

function NoBreak() {
  const isWebHarness = useIsWebHarness()
  const { t } = useTranslation()
  return (
    <section className="break-end" aria-labelledby="no-break-heading">
      <h1 id="no-break-heading">{t('break.noBreak.heading')}</h1>
      <p>{t('break.noBreak.text')}</p>
      {isWebHarness ? <a href="./index.html#/today">{t('break.backToApp')}</a> : null}
    </section>
  )
}

/** The chosen sound when a break starts (or its window opens) and when it runs to its end. */
function useBreakSounds(choice: BreakSoundChoice | null, inBreak: boolean, completed: boolean): void {
  const played = useRef({ start: false, end: false })
  useEffect(() => {
    if (choice === null) return
    if (inBreak && !played.current.start) {
      played.current.start = true
      playBreakSound(choice.sound, choice.volumePercent, 'start')
    }
    if (completed && !played.current.end) {
      played.current.end = true
      playBreakSound(choice.sound, choice.volumePercent, 'end')
    }
  }, [choice, inBreak, completed])
}
