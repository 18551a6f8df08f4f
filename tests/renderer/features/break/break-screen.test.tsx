import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { BreakScreen } from '../../../../src/renderer/src/features/break/break-screen'
import { appInfo } from '../../helpers/app-info-fixture'
import { flush } from '../../helpers/flush'
import { defaultSettings, type Settings } from '../../../../src/shared/settings'
import { chinTuckItem, chinTuckPhases, engineState, timeline, twoMoveRoutine } from './break-fixtures'
import { useBreakWindowFakes } from './fake-break-api'

const fake = await vi.hoisted(async () => (await import('./fake-break-api')).createFakeBreakApi())

vi.mock('../../../../src/renderer/src/lib/api', () => ({ api: fake.api, isWebHarness: true }))
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
  it('plays the break routine and calls break.finish when the timeline ends', async () => {
    await showBreak()
    const { api, emit } = fake
    expect(screen.getByRole('heading', { level: 1, name: 'Time for a break' })).toBeTruthy()
    expect(screen.getByText('Move gently, never bounce, and stop any move that hurts.')).toBeTruthy()
    await flush(83)
    expect(api.break.finish).not.toHaveBeenCalled()
    await flush(1)
    expect(api.break.finish).toHaveBeenCalledTimes(1)

    emit('engine:state', engineState({ phase: 'active', nowWallMs: 90_000, nextBreakInSeconds: 3000 }))
    await flush()
    expect(screen.getByRole('heading', { level: 1, name: 'Break over — nice work' })).toBeTruthy()
    expect(fake.returnToMain).not.toHaveBeenCalled()
    await flush(2)
    expect(fake.returnToMain).toHaveBeenCalledTimes(1)
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
    await flush(84)
    expect(api.break.finish).toHaveBeenCalledTimes(1)
    expect(screen.getByText(/Routine complete/)).toBeTruthy()
    expect(screen.getByRole('heading', { name: 'Rest your eyes' })).toBeTruthy()
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

  it('still offers the break with the eye rest when no routine could be built', async () => {
    const { api } = fake
    api.routine.forBreak.mockRejectedValue(new Error('routine:forBreak failed (500)'))
    api.engine.state.mockResolvedValue(engineState())
    api.app.info.mockResolvedValue(appInfo(1))
    render(<BreakScreen />)
    await flush()
    expect(screen.getByRole('heading', { name: 'Rest your eyes' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Skip' })).toBeTruthy()
    await flush(600)
    expect(api.break.finish).not.toHaveBeenCalled()
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
    fireEvent.click(screen.getByRole('button', { name: 'Walk away from the desk instead' }))
    await flush()
    expect(api.routine.walkForBreak).toHaveBeenCalledTimes(1)
    expect(screen.getByRole('heading', { level: 2, name: 'Walk away from the desk' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Walk away from the desk instead' })).toBeNull()
  })
})
