import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, expect, it, vi } from 'vitest'
import { defaultSettings } from '@shared/settings'
import type { PostureWatchStatus } from '@shared/posture-watch'
import PostureWatchPage from '../../../../src/renderer/src/features/posture-watch/posture-watch-page'

vi.setConfig({ testTimeout: 20_000 })

const off: PostureWatchStatus = {
  phase: 'off',
  posture: null,
  lastCueReason: null,
  lastCueAtMs: null,
  lastCheckAtMs: null,
  calibrated: false,
  failure: null,
  restingBecause: null,
  settings: defaultSettings.postureWatch
}

const resting: PostureWatchStatus = {
  ...off,
  phase: 'watching',
  posture: 'upright',
  calibrated: true,
  restingBecause: 'disabled',
  settings: { ...defaultSettings.postureWatch, enabled: true }
}

const fake = await vi.hoisted(async () => (await import('../../helpers/fake-api')).createFakeApi())
vi.mock('../../../../src/renderer/src/lib/api', () => ({ api: fake.api, isWebHarness: true }))

beforeEach(() => fake.reset())

it('says why turning the watch on was refused (a locked setting answers, it does not throw)', async () => {
  fake.api.postureWatch.status.mockResolvedValue(off)
  fake.api.settings.update.mockResolvedValue({
    ok: false,
    message: 'postureWatch.enabled is set by your organisation and cannot be changed',
    refusal: { key: 'messages.settings.locked', values: { setting: { key: 'prefs.field.postureWatch.enabled.label' } } }
  })
  render(<PostureWatchPage />)
  await userEvent.click(await screen.findByRole('button', { name: 'Turn on the posture watch' }))
  expect((await screen.findByRole('alert')).textContent).toMatch(/is set by your organisation, so it cannot be changed here\./)
  // The status is not read back after a refused change: nothing changed.
  expect(fake.api.postureWatch.status).toHaveBeenCalledTimes(1)
})

it('says it rests while posture cues and breaks are both off, and turns posture cues on in one click', async () => {
  fake.api.postureWatch.status.mockResolvedValueOnce(resting).mockResolvedValue({ ...resting, restingBecause: null })
  fake.api.settings.update.mockResolvedValue({ ok: true, settings: { ...defaultSettings, postureWatch: resting.settings } })
  render(<PostureWatchPage />)
  // Not the stale posture of the last check: why nothing is being checked, and what to turn on.
  expect((await screen.findByRole('status')).textContent).toMatch(/resting: it checks only while posture cues or breaks are on\. Turn one of them on/)
  expect(screen.queryByText('You are sitting the way you calibrated.')).toBeNull()
  await userEvent.click(screen.getByRole('button', { name: 'Turn on posture cues' }))
  expect(fake.api.settings.update).toHaveBeenCalledWith({ posture: { enabled: true } })
  expect((await screen.findByRole('status')).textContent).toBe('You are sitting the way you calibrated.')
  expect(screen.queryByRole('button', { name: 'Turn on posture cues' })).toBeNull()
})

it('offers breaks instead when the organisation has locked posture cues', async () => {
  fake.api.postureWatch.status.mockResolvedValue(resting)
  fake.api.settings.locked.mockResolvedValue(['posture.enabled'])
  fake.api.settings.update.mockResolvedValue({ ok: true, settings: { ...defaultSettings, postureWatch: resting.settings } })
  render(<PostureWatchPage />)
  await userEvent.click(await screen.findByRole('button', { name: 'Turn on breaks' }))
  expect(fake.api.settings.update).toHaveBeenCalledWith({ break: { enabled: true } })
  expect(screen.queryByRole('button', { name: 'Turn on posture cues' })).toBeNull()
})

it.each([
  ['paused', 'Resting while reminders are paused.'],
  ['outside-hours', 'Resting outside your working hours.'],
  ['away', 'Resting while you are away.'],
  ['break', 'Resting during your break.'],
  ['busy', 'Resting during your call or fullscreen window: it checks again after.']
] as const)('says it rests (%s) instead of showing the last posture, with nothing to turn on', async (reason, sentence) => {
  fake.api.postureWatch.status.mockResolvedValue({ ...resting, restingBecause: reason })
  render(<PostureWatchPage />)
  expect((await screen.findByRole('status')).textContent).toBe(sentence)
  expect(screen.queryByText('You are sitting the way you calibrated.')).toBeNull()
  expect(screen.queryByRole('button', { name: /^Turn on (posture cues|breaks)$/ })).toBeNull()
})

it('follows the pushed status: rests when the user goes away, and shows the posture again on return', async () => {
  const watching: PostureWatchStatus = { ...resting, restingBecause: null }
  fake.api.postureWatch.status.mockResolvedValue(watching)
  render(<PostureWatchPage />)
  expect((await screen.findByRole('status')).textContent).toBe('You are sitting the way you calibrated.')
  act(() => fake.emit('postureWatch:status', { ...watching, restingBecause: 'away' }))
  expect(screen.getByRole('status').textContent).toBe('Resting while you are away.')
  act(() => fake.emit('postureWatch:status', watching))
  expect(screen.getByRole('status').textContent).toBe('You are sitting the way you calibrated.')
})
