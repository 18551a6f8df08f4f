import { useEffect, useEffectEvent, useState } from 'react'
import type { EngineState } from '../../../../shared/engine-state'
import type { GuidedRoutine } from '../../../../shared/routine'
import { eyeCue } from '../../../../shared/content/posture'
import { safetyContent } from '../../../../shared/content/safety'
import { api, isWebHarness } from '../../lib/api'
import type { BreakOutcome } from '../../../../shared/engine-state'
import { FloorQuestion, messageOf, WalkInstead } from './break-options'
import { BreakOver } from './break-over'
import { returnDelayMs, returnToMain } from './return-to-main'
import { RoutinePlayer } from './routine-player'
import { useEngineState } from './use-engine-state'

type Loaded =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  /** `guided` is null when no routine could be built: the break still runs, with the eye rest. */
  | { status: 'ready'; guided: GuidedRoutine | null; timeScale: number; startedInBreak: boolean }

/** Within this many seconds of the end, "Done" may end the break a little early. */
const doneWindowSeconds = 20

/**
 * The break window: plays the break's routine, offers Postpone/Skip where the break level
 * allows, and tells main when the routine has run to its end.
 */
export function BreakScreen() {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' })
  const [engine, acceptEngine] = useEngineState(null)
  const [outcome, setOutcome] = useState<BreakOutcome | null>(null)
  const [routineDone, setRoutineDone] = useState(false)
  /** Set when the user chose to walk instead of the stretches. */
  const [walk, setWalk] = useState<GuidedRoutine | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

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
      ([guided, state, scale]) => {
        if (cancelled) return
        acceptEngine(state)
        setLoaded({ status: 'ready', guided, timeScale: scale, startedInBreak: state.phase === 'break' })
      },
      (reason: unknown) => {
        if (!cancelled) setLoaded({ status: 'failed', message: messageOf(reason) })
      }
    )
    return () => {
      cancelled = true
    }
  }, [acceptEngine])

  const ready = loaded.status === 'ready' ? loaded : null
  const inBreak = engine?.phase === 'break' && outcome === null
  const over = ready !== null && engine !== null && !inBreak && (ready.startedInBreak || outcome !== null)

  useEffect(() => {
    if (!over || !isWebHarness) return
    // In Electron, main closes the window; the browser harness has no window to close.
    const timer = setTimeout(returnToMain, returnDelayMs)
    return () => {
      clearTimeout(timer)
    }
  }, [over])

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
      setError(`Could not ${response} the break: ${messageOf(reason)}`)
    } finally {
      setBusy(false)
    }
  }

  const finish = async (): Promise<void> => {
    setRoutineDone(true)
    try {
      await api.break.finish()
      setOutcome('completed')
      await refresh()
    } catch {
      // Refused where the break may not end early (strict level): the engine ends it on time
      // and its 'engine:state' push takes this screen to the end message.
    }
  }

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
      {loaded.status === 'loading' ? <p className="muted">Getting your break ready…</p> : null}
      {loaded.status === 'failed' ? (
        <p className="error" role="alert">
          Could not load the break: {loaded.message}
        </p>
      ) : null}
      {over ? <BreakOver outcome={outcome ?? 'completed'} nextBreakInSeconds={engine?.nextBreakInSeconds ?? null} /> : null}
      {ready !== null && engine !== null && !over && !inBreak ? <NoBreak /> : null}
      {ready !== null && engine !== null && inBreak ? (
        <>
          <header className="break-header">
            <h1>Time for a break</h1>
            <BreakChoices engine={engine} busy={busy} onRespond={respond} />
          </header>
          {error ? (
            <p className="error" role="alert">
              {error}
            </p>
          ) : null}
          {routineDone || ready.guided === null || ready.guided.timeline.length === 0 ? (
            <RestYourEyes routineDone={routineDone} />
          ) : (
            <RoutinePlayer
              key={walk === null ? 'routine' : 'walk'}
              guided={walk ?? ready.guided}
              timeScale={ready.timeScale}
              headingId="break-exercise"
              onFinished={() => void finish()}
              controls={(position) =>
                engine.canSkip && position.remainingSeconds <= doneWindowSeconds ? (
                  <button type="button" className="primary" disabled={busy} onClick={() => void finish()}>
                    Done
                  </button>
                ) : null
              }
            />
          )}
          {!routineDone && walk === null && ready.guided !== null && ready.guided.routine.durationSeconds >= 60 ? (
            <WalkInstead onWalk={setWalk} />
          ) : null}
          <FloorQuestion />
        </>
      ) : null}
      <p className="break-safety">{safetyContent.stopIfItHurts}</p>
    </main>
  )
}

interface BreakChoicesProps {
  engine: EngineState
  busy: boolean
  onRespond: (response: 'postpone' | 'skip') => Promise<void>
}

function BreakChoices({ engine, busy, onRespond }: BreakChoicesProps) {
  if (!engine.canPostpone && !engine.canSkip) return null
  const escapeDoes = engine.canPostpone ? 'postpones' : 'skips'
  return (
    <div className="break-choices">
      <div className="row">
        {engine.canPostpone ? (
          <button type="button" disabled={busy} onClick={() => void onRespond('postpone')}>
            Postpone ({engine.postponesLeft} left)
          </button>
        ) : null}
        {engine.canSkip ? (
          <button type="button" disabled={busy} onClick={() => void onRespond('skip')}>
            Skip
          </button>
        ) : null}
      </div>
      <p className="break-key-hint">
        <kbd>Esc</kbd> {escapeDoes}
      </p>
    </div>
  )
}

/** After the routine (or for a break without one): the eye rest fills the time left. */
function RestYourEyes({ routineDone }: { routineDone: boolean }) {
  return (
    <section className="break-rest card" aria-labelledby="break-rest-heading">
      {routineDone ? <p className="break-rest-done">Routine complete. The break ends on its own shortly.</p> : null}
      <h2 id="break-rest-heading">{eyeCue.title}</h2>
      <p>{eyeCue.body}</p>
    </section>
  )
}

function NoBreak() {
  return (
    <section className="break-end" aria-labelledby="no-break-heading">
      <h1 id="no-break-heading">No break is running</h1>
      <p>Breaks start from the tray menu or when your next one is due.</p>
      {isWebHarness ? <a href="./index.html#/today">Back to Upright</a> : null}
    </section>
  )
}
