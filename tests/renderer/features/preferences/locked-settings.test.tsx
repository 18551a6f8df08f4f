import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import PreferencesPage from '../../../../src/renderer/src/features/preferences/preferences-page'
import { defaultSettings } from '@shared/settings'

// A full page and role queries: slow on a busy machine (this is not a performance check).
vi.setConfig({ testTimeout: 20_000 })

const fake = await vi.hoisted(async () => (await import('./fake-settings-api')).createFakeSettingsApi())
vi.mock('../../../../src/renderer/src/lib/api', () => ({ api: fake.api, isWebHarness: true }))

const locked = ['break.intervalMinutes', 'break.level', 'posture.enabled', 'app.globalShortcut', 'body.focusAreas', 'workingHours.days.mon']

beforeEach(() => {
  fake.stored = structuredClone({ ...defaultSettings, workingHours: { ...defaultSettings.workingHours, enabled: true } })
  fake.api.settings.update.mockClear()
  fake.api.settings.locked.mockResolvedValue(locked)
})

/** The texts of the elements a control's aria-describedby names. */
function description(control: HTMLElement): string[] {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean)
  return ids.map((id) => document.getElementById(id)?.textContent ?? '')
}

async function renderPage(): Promise<void> {
  render(<PreferencesPage />)
  await screen.findByRole('heading', { level: 1, name: 'Preferences' })
  await vi.waitFor(() => {
    expect(screen.getByLabelText('Minutes between breaks').matches(':disabled')).toBe(true)
  })
}

describe('settings locked by the organisation', () => {
  it('are disabled and say so in words that the control is described by', async () => {
    await renderPage()
    const interval = screen.getByLabelText('Minutes between breaks')
    expect(description(interval)).toContain('Set by your organisation')
    const cues = screen.getByLabelText('Show posture cues')
    expect(cues.matches(':disabled')).toBe(true)
    expect(description(cues)).toContain('Set by your organisation')
    const level = screen.getByRole('group', { name: 'How firmly breaks interrupt' })
    expect(within(level).getAllByRole('radio').every((radio) => radio.matches(':disabled'))).toBe(true)
    expect(description(level)).toContain('Set by your organisation')
    expect(screen.getByRole('button', { name: /Shortcut to start a break/ }).matches(':disabled')).toBe(true)
    expect(screen.queryByRole('button', { name: 'Remove' })).toBeNull()
    const monday = screen.getByRole('group', { name: 'Monday' })
    expect(within(monday).getByText('Set by your organisation')).toBeTruthy()
    expect(within(monday).getAllByRole('button').every((button) => button.matches(':disabled'))).toBe(true)
    // One note per locked control on the page, none elsewhere.
    expect(screen.getAllByText('Set by your organisation')).toHaveLength(locked.length)
  })

  it('leave the other settings editable', async () => {
    await renderPage()
    const postureInterval = screen.getByLabelText('Minutes between posture cues')
    expect(postureInterval.matches(':disabled')).toBe(false)
    expect(description(postureInterval).join(' ')).not.toMatch(/organisation/)
    const tuesday = screen.getByRole('group', { name: 'Tuesday' })
    expect(within(tuesday).queryByText('Set by your organisation')).toBeNull()
    await userEvent.clear(postureInterval)
    await userEvent.type(postureInterval, '25{Enter}')
    expect(fake.api.settings.update).toHaveBeenCalledWith({ posture: { intervalMinutes: 25 } })
  })
})
