import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import TrayPage from '../../../../src/renderer/src/features/tray/tray-page'
import type { TrayMenuModel } from '@shared/tray-menu'
import { engineState, NOW } from '../../../helpers/engine-state-fixture'

const fake = await vi.hoisted(async () => (await import('../today/fake-shell-api')).createFakeShellApi())
vi.mock('../../../../src/renderer/src/lib/api', () => ({ api: fake.api }))

function menu(status: string, paused: boolean): TrayMenuModel {
  return {
    status,
    icon: paused ? 'paused' : 'normal',
    items: [
      { type: 'status', label: status },
      { type: 'separator' },
      { type: 'action', id: 'break-now', label: 'Take a break now', enabled: true },
      { type: 'action', id: 'posture-now', label: 'Posture check now', enabled: !paused },
      {
        type: 'submenu',
        label: 'Pause',
        enabled: true,
        items: [
          { type: 'action', id: 'pause-30', label: '30 minutes', enabled: true },
          { type: 'action', id: 'pause-60', label: '1 hour', enabled: true }
        ]
      },
      { type: 'action', id: 'resume', label: 'Resume', enabled: paused },
      { type: 'separator' },
      { type: 'action', id: 'quit', label: 'Quit Upright', enabled: true }
    ]
  }
}

beforeEach(() => {
  fake.setMenu(menu('Next break in 23 min', false))
})

afterEach(() => {
  vi.clearAllMocks()
})

describe('TrayPage', () => {
  it('renders the tray model: status line, actions with their enabled state, submenus as groups', async () => {
    render(<TrayPage />)
    expect((await screen.findByRole('status')).textContent).toBe('Next break in 23 min')
    const list = screen.getByRole('list', { name: 'Tray menu' })
    expect(within(list).getAllByRole('button').map((button) => [button.textContent, (button as HTMLButtonElement).disabled])).toEqual([
      ['Take a break now', false],
      ['Posture check now', false],
      ['30 minutes', false],
      ['1 hour', false],
      ['Resume', true],
      ['Quit Upright', false]
    ])
    expect(within(screen.getByRole('group', { name: 'Pause' })).getAllByRole('button')).toHaveLength(2)
    expect(within(list).getAllByRole('separator')).toHaveLength(2)
  })

  it('shows the grey rows under the status (a break held for hours), not the status twice', async () => {
    const waiting = menu("Waiting: you're in a call", false)
    const held = 'Break held over 2 hours: another app is using the camera'
    fake.setMenu({ ...waiting, items: [waiting.items[0]!, { type: 'status', label: held }, ...waiting.items.slice(1)] })
    render(<TrayPage />)
    expect((await screen.findByRole('status')).textContent).toBe("Waiting: you're in a call")
    const list = screen.getByRole('list', { name: 'Tray menu' })
    expect(within(list).getByText(held).tagName).toBe('LI')
    expect(within(list).queryByText("Waiting: you're in a call")).toBeNull()
  })

  it('sends the chosen action and shows the new menu when the engine state changes', async () => {
    const user = userEvent.setup()
    render(<TrayPage />)
    await user.click(await screen.findByRole('button', { name: '30 minutes' }))
    expect(fake.api.tray.action).toHaveBeenCalledWith({ action: 'pause-30' })

    fake.setMenu(menu('Paused until 14:30', true))
    act(() => {
      fake.emit('engine:state', engineState({ phase: 'paused', paused: true, nowWallMs: NOW + 1000 }))
    })
    expect((await screen.findByText('Paused until 14:30')).getAttribute('role')).toBe('status')
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Resume' }).disabled).toBe(false)
    expect(screen.getByText('Tray icon shows: paused')).toBeTruthy()
  })

  it('reports an action the app refused', async () => {
    const user = userEvent.setup()
    fake.api.tray.action.mockRejectedValueOnce(new Error('tray:action: nope'))
    render(<TrayPage />)
    await user.click(await screen.findByRole('button', { name: 'Take a break now' }))
    expect(screen.getByRole('alert').textContent).toBe('That did not work: tray:action: nope')
  })
})
