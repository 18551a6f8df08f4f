import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, expect, it, vi } from 'vitest'
import { NotificationTray } from '../../../../src/renderer/src/features/notifications/notification-tray'
import { engineState, NOW } from '../../../helpers/engine-state-fixture'

vi.setConfig({ testTimeout: 20_000 })

const fake = await vi.hoisted(async () => (await import('../../helpers/fake-api')).createFakeApi())
vi.mock('../../../../src/renderer/src/lib/api', () => ({ api: fake.api, isWebHarness: true }))

const stamp = { wallMs: NOW, monotonicMs: 0 }

beforeEach(() => {
  fake.reset()
  fake.api.checklist.recheckDue.mockResolvedValue(false)
  fake.api.break.postponeFromWarning.mockResolvedValue(null)
})

async function postponeFromWarning(): Promise<void> {
  render(<NotificationTray />)
  act(() => {
    fake.emit('engine:state', engineState({ canPostpone: true }))
    fake.emit('engine:event', { kind: 'breakWarning', ...stamp, dueInSeconds: 600, silent: false })
  })
  const region = screen.getByRole('region', { name: 'Notifications' })
  await userEvent.click(within(region).getByRole('button', { name: 'Postpone' }))
  await screen.findByText('Break postponed. Today shows when it comes.')
}

it('keeps the note after Postpone when the postpone’s own event arrives after the answer', async () => {
  await postponeFromWarning()
  act(() => {
    fake.emit('engine:event', { kind: 'breakEnded', ...stamp, outcome: 'postponed', plannedSeconds: 300, takenSeconds: 0, fromWarning: true, activeMinutesBefore: 4 })
  })
  expect(screen.getByText('Break postponed. Today shows when it comes.')).toBeTruthy()
})

it('takes the note down when the next warning comes', async () => {
  await postponeFromWarning()
  act(() => {
    fake.emit('engine:event', { kind: 'breakWarning', ...stamp, dueInSeconds: 600, silent: false })
  })
  expect(screen.queryByText('Break postponed. Today shows when it comes.')).toBeNull()
})
