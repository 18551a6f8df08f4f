import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { BreakScreen } from '../../../../src/renderer/src/features/break/break-screen'
import { appInfo } from '../../helpers/app-info-fixture'
import { flush } from '../../helpers/flush'
import { defaultSettings, type Settings } from '@shared/settings'
import { chinTuckItem, chinTuckPhases, engineState, timeline, twoMoveRoutine } from './break-fixtures'
import { useBreakWindowFakes } from './fake-break-api'

const fake = await vi.hoisted(async () => (await import('./fake-break-api')).createFakeBreakApi())

vi.mock('../../../../src/renderer/src/lib/api', () => ({ api: fake.api }))
vi.mock('../../../../src/renderer/src/features/break/return-to-main', () => ({ returnDelayMs: 2000, returnToMain: fake.returnToMain }))

useBreakWindowFakes(fake)

async function showBreak(state = engineState(), timeScale = 1): Promise<void> {
  const { api } = fake
  api.routine.forBreak.mockResolvedValue(twoMoveRoutine)
  api.engine.state.mockResolvedValue(state)
  api.app.info.mockResolvedValue(appInfo(timeScale))
  render(<BreakScreen />)
  await flush()
}

describe('BreakScreen', () => {
  it('plays the moves, then has the user stand up and look away until the break ends, then finishes it', async () => {
    await showBreak()
    const { api, emit } = fake
    expect(screen.getByRole('heading', { level: 1, name: 'Time for a break' })).toBeTruthy()
    expect(screen.getByText('Move gently, never bounce, and stop any move that hurts.')).toBeTruthy()
    expect(screen.getByText('1:30 left')).toBeTruthy()
    await flush(85)
    // The moves took 84 s of the 90 s break: the rest is standing up and looking away.
    expect(screen.getByRole('heading', { name: 'Stand up and look away' })).toBeTruthy()
    expect(screen.getByText('Moves done. To finish:')).toBeTruthy()
    expect(api.break.finish).not.toHaveBeenCalled()
    await flush(5)
    expect(api.break.finish).toHaveBeenCalledTimes(1)

    emit('engine:state', engineState({ phase: 'active', nowWallMs: 95_000, nextBreakInSeconds: 3000 }))
    await flush()
    expect(screen.getByRole('heading', { level: 1, name: 'Break over — nice work' })).toBeTruthy()
    expect(fake.returnToMain).not.toHaveBeenCalled()
    await flush(2)
    expect(fake.returnToMain).toHaveBeenCalledTimes(1)
  })

  it('shows one instruction and one large countdown; the steps and picture open on request', async () => {
    await showBreak()
    expect(screen.getByTestId('routine-phase').textContent).toContain('Get ready: Neck side bend, left side first')
    expect(screen.getByTestId('break-countdown').textContent).toContain('5 seconds left in this step')
    expect(screen.queryByRole('list', { name: 'Steps' })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Show steps and picture' }))
    expect(screen.getByRole('list', { name: 'Steps' })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Hide steps' }))
    expect(screen.queryByRole('list', { name: 'Steps' })).toBeNull()
  })

  it('"Stand up and look away" is a real choice: the moves pause and the whole break counts down', async () => {
    await showBreak()
    await flush(10)
    fireEvent.click(screen.getByRole('button', { name: 'Stand up and look away' }))
    expect(screen.getByRole('button', { name: 'Stand up and look away' }).getAttribute('aria-pressed')).toBe('true')
    const lookAway = screen.getByRole('region', { name: 'Stand up and look away' })
    expect(within(lookAway).getByTestId('break-countdown').textContent).toContain('1:20 left in this break')
    await flush(30)
    fireEvent.click(screen.getByRole('button', { name: 'Guided moves' }))
    // Back where it was left: 10 s in, the first hold has 15 s to go.
    expect(screen.getByTestId('routine-phase').textContent).toContain('Left side: Hold')
    expect(screen.getByTestId('break-countdown').textContent).toContain('15 seconds left in this step')
    await flush(50)
    expect(fake.api.break.finish).toHaveBeenCalledTimes(1)
  })

  it('reloaded mid-break, resumes the routine where the break now is instead of at the first move', async () => {
    // 30 s into the 90 s break: the first move's left side is done, its right-side hold runs 29–49 s.
    await showBreak(engineState({ nowWallMs: 31_000 }))
    expect(screen.getByText('1:00 left')).toBeTruthy()
    expect(screen.getByTestId('routine-phase').textContent).toContain('Right side: Hold')
    expect(screen.getByTestId('break-countdown').textContent).toContain('19 seconds left in this step')
    await flush(19)
    expect(screen.getByRole('heading', { level: 2, name: /Chin tuck/ }).textContent).toContain('move 2 of 2')
    // The moves end with the break's own clock: 54 s of the remaining 60 s, then looking away.
    await flush(36)
    expect(screen.getByText('Moves done. To finish:')).toBeTruthy()
    expect(fake.api.break.finish).not.toHaveBeenCalled()
    await flush(5)
    expect(fake.api.break.finish).toHaveBeenCalledTimes(1)
  })

  it('reloaded after the moves\' time ran out, has the user look away for the rest of the break', async () => {
    await showBreak(engineState({ nowWallMs: 87_000 }))
    expect(screen.queryByTestId('routine-phase')).toBeNull()
    expect(screen.getByText('Moves done. To finish:')).toBeTruthy()
    await flush(4)
    expect(fake.api.break.finish).toHaveBeenCalledTimes(1)
  })

  it('plays the chosen sound at the start and at the end of a completed break, at the chosen volume', async () => {
    const played: { src: string; volume: number }[] = []
    vi.stubGlobal(
      'Audio',
      class {
        volume = 1
        constructor(readonly src: string) {}
        play(): Promise<void> {
          played.push({ src: this.src, volume: this.volume })
          return Promise.resolve()
        }
      }
    )
    const { api, emit } = fake
    api.routine.forBreak.mockResolvedValue(twoMoveRoutine)
    api.engine.state.mockResolvedValue(engineState())
    api.app.info.mockResolvedValue(appInfo(1))
    render(<BreakScreen sound={{ sound: 'chime', volumePercent: 40 }} />)
    await flush()
    expect(played).toEqual([{ src: './sounds/chime-start.wav', volume: 0.4 }])
    await flush(90)
    emit('engine:state', engineState({ phase: 'active', nowWallMs: 95_000 }))
    await flush()
    expect(played.map((sound) => sound.src)).toEqual(['./sounds/chime-start.wav', './sounds/chime-end.wav'])
    vi.unstubAllGlobals()
  })

  it('stays quiet when the sound is off, and at the end of a skipped break', async () => {
    const play = vi.fn(() => Promise.resolve())
    vi.stubGlobal(
      'Audio',
      class {
        volume = 1
        play = play
      }
    )
    const { api } = fake
    api.routine.forBreak.mockResolvedValue(twoMoveRoutine)
    api.engine.state.mockResolvedValue(engineState())
    api.app.info.mockResolvedValue(appInfo(1))
    render(<BreakScreen sound={{ sound: 'off', volumePercent: 80 }} />)
    await flush()
    api.engine.state.mockResolvedValue(engineState({ phase: 'active', nowWallMs: 2_000 }))
    fireEvent.click(screen.getByRole('button', { name: 'Skip' }))
    await flush()
    expect(play).not.toHaveBeenCalled()
    vi.unstubAllGlobals()
  })

  it('runs the countdown at the app time scale', async () => {
    await showBreak(engineState(), 60)
    await flush(1.5)
    expect(fake.api.break.finish).toHaveBeenCalledTimes(1)
  })

  it('shows Postpone with the postpones left and Skip when both are offered; Esc postpones', async () => {
    await showBreak(engineState({ canPostpone: true, canSkip: true, postponesLeft: 1 }))
    const { api } = fake
    expect(screen.getByRole('button', { name: 'Postpone (1 left)' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Skip' })).toBeTruthy()
    api.engine.state.mockResolvedValue(engineState({ phase: 'active', nowWallMs: 2_000, nextBreakInSeconds: 300 }))
    fireEvent.keyDown(window, { key: 'Escape' })
    await flush()
    expect(api.break.respond).toHaveBeenCalledWith({ response: 'postpone' })
    expect(screen.getByRole('heading', { level: 1, name: 'Break postponed' })).toBeTruthy()
    expect(screen.getByText(/remind you again in about 5 minutes/)).toBeTruthy()
  })

  it('Esc skips when postponing is not offered', async () => {
    await showBreak(engineState({ canPostpone: false, canSkip: true, postponesLeft: 0 }))
    const { api } = fake
    expect(screen.queryByRole('button', { name: /Postpone/ })).toBeNull()
    api.engine.state.mockResolvedValue(engineState({ phase: 'active', nowWallMs: 2_000 }))
    fireEvent.keyDown(window, { key: 'Escape' })
    await flush()
    expect(api.break.respond).toHaveBeenCalledWith({ response: 'skip' })
    expect(screen.getByRole('heading', { level: 1, name: 'Break skipped' })).toBeTruthy()
  })

  it('offers neither button and ignores Esc in a strict break', async () => {
    await showBreak(engineState({ canPostpone: false, canSkip: false, postponesLeft: 0 }))
    const { api } = fake
    expect(screen.queryByRole('button', { name: /Postpone/ })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Skip' })).toBeNull()
    fireEvent.keyDown(window, { key: 'Escape' })
    await flush()
    expect(api.break.respond).not.toHaveBeenCalled()
  })

  it('keeps a strict break on screen when finishing early is refused, until main ends it', async () => {
    await showBreak(engineState({ canPostpone: false, canSkip: false }))
    const { api, emit } = fake
    api.break.finish.mockRejectedValue(new Error('refused'))
    await flush(90)
    expect(api.break.finish).toHaveBeenCalledTimes(1)
    expect(screen.getByRole('heading', { name: 'Stand up and look away' })).toBeTruthy()
    emit('engine:state', engineState({ phase: 'active', nowWallMs: 95_000 }))
    await flush()
    expect(screen.getByRole('heading', { level: 1, name: 'Break over — nice work' })).toBeTruthy()
  })

  it('clicking Skip skips the break', async () => {
    await showBreak()
    const { api } = fake
    api.engine.state.mockResolvedValue(engineState({ phase: 'active', nowWallMs: 2_000 }))
    fireEvent.click(screen.getByRole('button', { name: 'Skip' }))
    await flush()
    expect(api.break.respond).toHaveBeenCalledWith({ response: 'skip' })
    expect(screen.getByRole('heading', { level: 1, name: 'Break skipped' })).toBeTruthy()
  })

  it('offers Done near the end, which finishes the break early', async () => {
    await showBreak()
    const { api } = fake
    expect(screen.queryByRole('button', { name: 'Done' })).toBeNull()
    await flush(70)
    fireEvent.click(screen.getByRole('button', { name: 'Done' }))
    await flush()
    expect(api.break.finish).toHaveBeenCalledTimes(1)
    await flush(30)
    expect(api.break.finish).toHaveBeenCalledTimes(1)
  })

  it('still offers the break, standing up and looking away, when no routine could be built', async () => {
    const { api } = fake
    api.routine.forBreak.mockRejectedValue(new Error('routine:forBreak failed (500)'))
    api.engine.state.mockResolvedValue(engineState())
    api.app.info.mockResolvedValue(appInfo(1))
    render(<BreakScreen />)
    await flush()
    expect(screen.getByRole('heading', { name: 'Stand up and look away' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Guided moves' })).toBeNull()
    expect(screen.getByRole('button', { name: 'Skip' })).toBeTruthy()
    await flush(89)
    expect(api.break.finish).not.toHaveBeenCalled()
    await flush(1)
    expect(api.break.finish).toHaveBeenCalledTimes(1)
  })

  it('still offers the break, at real time, when app info cannot be read', async () => {
    const { api } = fake
    api.routine.forBreak.mockResolvedValue(twoMoveRoutine)
    api.engine.state.mockResolvedValue(engineState())
    api.app.info.mockRejectedValue(new Error('app:info failed (500)'))
    render(<BreakScreen />)
    await flush()
    expect(screen.queryByText(/Could not load the break/)).toBeNull()
    expect(screen.getByRole('button', { name: 'Skip' })).toBeTruthy()
  })

  it('says so when no break is running', async () => {
    await showBreak(engineState({ phase: 'active' }))
    expect(screen.getByRole('heading', { level: 1, name: 'No break is running' })).toBeTruthy()
    await flush(5)
    expect(fake.returnToMain).not.toHaveBeenCalled()
  })
})

describe('BreakScreen: break options', () => {
  const withBreak = (durationMinutes: number, floorExercises: Settings['body']['floorExercises']): Settings => ({
    ...defaultSettings,
    break: { ...defaultSettings.break, durationMinutes },
    body: { ...defaultSettings.body, floorExercises }
  })

  it('asks about floor exercises once, in a break of 10 minutes or more, and saves the answer', async () => {
    const { api } = fake
    api.settings.get.mockResolvedValue(withBreak(10, 'ask'))
    api.settings.update.mockResolvedValue({ ok: true, settings: withBreak(10, 'yes') })
    await showBreak()
    const question = screen.getByRole('region', { name: 'Floor exercises in long breaks?' })
    expect(question.textContent).toMatch(/This break stays at the desk either way/)
    fireEvent.click(screen.getByRole('button', { name: 'Yes, include floor moves' }))
    await flush()
    expect(api.settings.update).toHaveBeenCalledWith({ body: { floorExercises: 'yes' } })
    expect(screen.getByRole('status').textContent).toMatch(/next long break/)
    expect(screen.queryByRole('button', { name: 'Yes, include floor moves' })).toBeNull()
  })

  it.each([
    ['a break under 10 minutes', withBreak(5, 'ask')],
    ['an answer already given', withBreak(10, 'no')]
  ])('does not ask in %s', async (_case, settings) => {
    fake.api.settings.get.mockResolvedValue(settings)
    await showBreak()
    expect(screen.queryByRole('region', { name: 'Floor exercises in long breaks?' })).toBeNull()
  })

  it('offers a walk away from the desk instead of the stretches', async () => {
    const { api } = fake
    const walk = {
      routine: { durationSeconds: 90, seed: 0, totalSeconds: 35, items: [chinTuckItem] },
      timeline: timeline(chinTuckPhases.map((phase) => ({ ...phase, exerciseId: 'walk-away-from-desk' })))
    }
    api.routine.walkForBreak.mockResolvedValue(walk)
    await showBreak()
    fireEvent.click(screen.getByRole('button', { name: 'Walk away from the desk' }))
    await flush()
    expect(api.routine.walkForBreak).toHaveBeenCalledTimes(1)
    expect(screen.getByRole('heading', { level: 2, name: 'Walk away from the desk' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Walk away from the desk' })).toBeNull()
  })
})

describe('BreakScreen reloaded by the same window', () => {
  /** Takes the window down and loads it again, `secondsLater` into the break by the engine's clock. */
  async function reload(secondsIntoBreak: number): Promise<void> {
    cleanup()
    await showBreak(engineState({ nowWallMs: 1_000 + secondsIntoBreak * 1000 }))
  }

  it('in its first seconds, goes on from the moment it showed instead of starting the moves over', async () => {
    await showBreak()
    await flush(3)
    expect(screen.getByTestId('break-countdown').textContent).toContain('2 seconds left in this step')
    await reload(3)
    expect(screen.getByTestId('routine-phase').textContent).toContain('Get ready: Neck side bend')
    expect(screen.getByTestId('break-countdown').textContent).toContain('2 seconds left in this step')
  })

  it('keeps "Stand up and look away" and the paused move where the user left them', async () => {
    await showBreak()
    await flush(10)
    fireEvent.click(screen.getByRole('button', { name: 'Stand up and look away' }))
    await flush(20)
    await reload(30)
    expect(screen.getByRole('button', { name: 'Stand up and look away' }).getAttribute('aria-pressed')).toBe('true')
    expect(within(screen.getByRole('region', { name: 'Stand up and look away' })).getByTestId('break-countdown').textContent).toContain(
      '1:00 left in this break'
    )
    fireEvent.click(screen.getByRole('button', { name: 'Guided moves' }))
    // The move stood still while the user looked away: 10 s in, the first hold has 15 s to go.
    expect(screen.getByTestId('routine-phase').textContent).toContain('Left side: Hold')
    expect(screen.getByTestId('break-countdown').textContent).toContain('15 seconds left in this step')
  })

  it('keeps the walk the user chose, at the point it had reached', async () => {
    const walk = {
      routine: { durationSeconds: 90, seed: 0, totalSeconds: 35, items: [chinTuckItem] },
      timeline: timeline(chinTuckPhases.map((phase) => ({ ...phase, exerciseId: 'walk-away-from-desk' })))
    }
    fake.api.routine.walkForBreak.mockResolvedValue(walk)
    await showBreak()
    fireEvent.click(screen.getByRole('button', { name: 'Walk away from the desk' }))
    await flush(3)
    const shown = screen.getByTestId('break-countdown').textContent
    expect(shown).toMatch(/\d+ seconds left in this step/)
    await reload(3)
    expect(fake.api.routine.walkForBreak).toHaveBeenCalledTimes(2)
    expect(screen.getByRole('heading', { level: 2, name: 'Walk away from the desk' })).toBeTruthy()
    expect(screen.getByTestId('break-countdown').textContent).toBe(shown)
  })

  it('forgets a memory of another break, and resumes by the break clock instead', async () => {
    await showBreak()
    await flush(3)
    cleanup()
    // The next break (a later start) in the same window: its moves start at the beginning.
    await showBreak(engineState({ breakStartedAtWallMs: 500_000, nowWallMs: 500_000, breakEndsAtWallMs: 590_000 }))
    expect(screen.getByTestId('break-countdown').textContent).toContain('5 seconds left in this step')
  })
})
