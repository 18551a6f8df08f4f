import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { TodayPage } from '../../../../src/renderer/src/features/today/today-page'
import { engineState, NOW } from '../../../helpers/engine-state-fixture'

const fake = await vi.hoisted(async () => (await import('./fake-shell-api')).createFakeShellApi())
vi.mock('../../../../src/renderer/src/lib/api', () => ({ api: fake.api }))

beforeEach(() => {
  fake.setState(engineState())
})

afterEach(() => {
  vi.useRealTimers()
  vi.clearAllMocks()
})

describe('TodayPage', () => {
  it('shows the live status once: the headline, then only what it does not say', async () => {
    render(<TodayPage />)
    expect(await screen.findByText('Next break in 23 minutes')).toBeTruthy()
    const facts = screen.getByRole('region', { name: 'Right now' })
    expect(within(facts).getByText('In 23 minutes of active time (about 14:23)')).toBeTruthy()
    expect(within(facts).getByText('In 7 minutes of active time')).toBeTruthy()
    expect(within(facts).queryByText('Paused')).toBeNull()
    expect(within(facts).queryByText('Status')).toBeNull()
    expect(within(facts).queryByText('Reading mode')).toBeNull()
  })

  it('during a break (a gentle one has no window) offers a way to open, postpone or skip it', async () => {
    const user = userEvent.setup()
    fake.setState(engineState({ phase: 'break', breakEndsAtWallMs: NOW + 5 * 60_000, canPostpone: true, canSkip: true, postponesLeft: 2 }))
    render(<TodayPage />)
    await screen.findByText('On a break until 14:05')
    expect(screen.getByRole('link', { name: 'Open the break' }).getAttribute('href')).toBe('./break.html')
    await user.click(screen.getByRole('button', { name: 'Skip' }))
    expect(fake.api.break.respond).toHaveBeenCalledWith({ response: 'skip' })
    await user.click(screen.getByRole('button', { name: 'Postpone (2 left)' }))
    expect(fake.api.break.respond).toHaveBeenCalledWith({ response: 'postpone' })
  })

  it('follows the engine:state push', async () => {
    render(<TodayPage />)
    await screen.findByText('Next break in 23 minutes')
    act(() => {
      fake.emit('engine:state', engineState({ phase: 'paused', paused: true, pausedUntilWallMs: NOW + 30 * 60_000, nowWallMs: NOW + 1000 }))
    })
    expect(screen.getByText('Paused until 14:30')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Resume' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Pause 30 min' })).toBeNull()
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Posture check now' }).disabled).toBe(true)
  })

  it('re-reads the state when the shown minute ticks over, not on a fast timer', async () => {
    vi.useFakeTimers({ now: NOW })
    fake.setState(engineState({ nextBreakInSeconds: 23 * 60 - 15, nextPostureInSeconds: null }))
    render(<TodayPage />)
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0)
    })
    expect(screen.getByText('Next break in 23 minutes')).toBeTruthy()
    const reads = fake.api.engine.state.mock.calls.length
    fake.setState(engineState({ nextBreakInSeconds: 22 * 60, nextPostureInSeconds: null, nowWallMs: NOW + 45_000 }))
    await act(async () => {
      await vi.advanceTimersByTimeAsync(44_000)
    })
    expect(fake.api.engine.state.mock.calls.length).toBe(reads)
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1_500)
    })
    expect(fake.api.engine.state.mock.calls.length).toBe(reads + 1)
    expect(screen.getByText('Next break in 22 minutes')).toBeTruthy()
  })

  it('quick actions call the app: break, posture check, pause 30 min and 1 h', async () => {
    const user = userEvent.setup()
    render(<TodayPage />)
    await screen.findByText('Next break in 23 minutes')
    const { api } = fake
    await user.click(screen.getByRole('button', { name: 'Take a break now' }))
    expect(api.break.start).toHaveBeenCalledOnce()
    await user.click(screen.getByRole('button', { name: 'Posture check now' }))
    expect(api.posture.now).toHaveBeenCalledOnce()
    expect(screen.getByRole('status').textContent).toContain('Posture check sent.')
    expect(screen.getByRole('link', { name: 'Open the posture card' }).getAttribute('href')).toBe('./break.html#/posture')
    await user.click(screen.getByRole('button', { name: 'Pause 30 min' }))
    await user.click(screen.getByRole('button', { name: 'Pause 1 h' }))
    expect(api.pause.start.mock.calls).toEqual([[{ minutes: 30 }], [{ minutes: 60 }]])
  })

  it('says so when the app refuses', async () => {
    const user = userEvent.setup()
    fake.api.break.start.mockRejectedValueOnce(new Error('a break cannot start now'))
    render(<TodayPage />)
    await user.click(await screen.findByRole('button', { name: 'Take a break now' }))
    expect(screen.getByRole('alert').textContent).toBe('Could not start a break: a break cannot start now')
  })

  it("shows today's headline numbers from the stats", async () => {
    render(<TodayPage />)
    const totals = await screen.findByRole('region', { name: 'Today so far' })
    expect(await within(totals).findByText('3 h 5 min')).toBeTruthy()
    expect(within(totals).getByText('4')).toBeTruthy() // 3 completed + 1 natural
    expect(fake.api.stats.get).toHaveBeenCalledWith({ days: 1 })
  })

  it('offers the comfort check-in from the same single read of the stats', async () => {
    render(<TodayPage />)
    expect(await screen.findByRole('heading', { name: 'Comfort check-in' })).toBeTruthy()
    expect(fake.api.stats.get).toHaveBeenCalledTimes(1)
  })
})
