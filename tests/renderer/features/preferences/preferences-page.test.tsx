import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import PreferencesPage from '../../../../src/renderer/src/features/preferences/preferences-page'
import { defaultSettings } from '@shared/settings'
import { message } from '@shared/message'
import { settingLabel } from '@shared/setting-labels'
import { rendererI18n } from '../../../../src/renderer/src/lib/i18n'
import { showLanguage } from '../../../../src/shared/i18n/create-i18n'

// Many typed keystrokes on a full page: slow on a busy machine (this is not a performance check).
vi.setConfig({ testTimeout: 20_000 })

const fake = await vi.hoisted(async () => (await import('./fake-settings-api')).createFakeSettingsApi())
vi.mock('../../../../src/renderer/src/lib/api', () => ({ api: fake.api }))

beforeEach(() => {
  const { api } = fake
  fake.stored = structuredClone(defaultSettings)
  api.settings.update.mockClear()
  api.settings.reset.mockClear()
  api.schedule.preview.mockClear()
})

async function renderPage(): Promise<void> {
  render(<PreferencesPage />)
  await screen.findByRole('heading', { level: 1, name: 'Preferences' })
}

describe('inline validation', () => {
  it('explains an out-of-range value and saves nothing while it is invalid', async () => {
    await renderPage()
    const field = screen.getByLabelText('Minutes between breaks')
    await userEvent.clear(field)
    await userEvent.type(field, '0')
    expect(field.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByRole('alert').textContent).toBe('Use a value from 1 to 240.')
    await userEvent.keyboard('{Enter}')
    await userEvent.tab()
    expect(fake.api.settings.update).not.toHaveBeenCalled()

    await userEvent.clear(field)
    await userEvent.type(field, '45{Enter}')
    expect(fake.api.settings.update).toHaveBeenCalledWith({ break: { intervalMinutes: 45 } })
    expect(field.getAttribute('aria-invalid')).toBe('false')
    // The answer sits under the field it is about, not in a floating banner.
    const answer = (await within(field.closest('.field') as HTMLElement).findByRole('status')).textContent
    expect(answer).toBe('Saved')
    expect(document.querySelector('.save-status')?.textContent).toBe('')
  })

  it('asks for a whole number where the schema wants one', async () => {
    await renderPage()
    const field = screen.getByLabelText('Warning before a break, in seconds')
    await userEvent.clear(field)
    await userEvent.type(field, '1.5')
    await userEvent.tab()
    expect(screen.getByRole('alert').textContent).toBe('Use a whole number from 0 to 600.')
    expect(fake.api.settings.update).not.toHaveBeenCalled()
  })

  it('records the shortcut from the keys pressed, shows them readably and stores an accelerator', async () => {
    await renderPage()
    const record = screen.getByRole('button', { name: /Shortcut to start a break/ })
    expect(record.textContent).toBe('Record')
    expect(screen.getByText('Ctrl')).toBeTruthy()
    await userEvent.click(record)
    expect(record.getAttribute('aria-pressed')).toBe('true')
    fireEvent.keyDown(record, { key: 'Control', code: 'ControlLeft', ctrlKey: true })
    fireEvent.keyDown(record, { key: 'Shift', code: 'ShiftLeft', ctrlKey: true, shiftKey: true })
    fireEvent.keyDown(record, { key: 'F9', code: 'F9', ctrlKey: true, shiftKey: true })
    expect(fake.api.settings.update).toHaveBeenLastCalledWith({ app: { globalShortcut: 'CommandOrControl+Shift+F9' } })
    expect(record.getAttribute('aria-pressed')).toBe('false')
    expect(await screen.findByText('F9')).toBeTruthy()
  })

  it('refuses a bare letter, cancels on Esc, and removes the shortcut on request', async () => {
    await renderPage()
    const record = screen.getByRole('button', { name: /Shortcut to start a break/ })
    await userEvent.click(record)
    fireEvent.keyDown(record, { key: 'b', code: 'KeyB' })
    expect(screen.getByRole('alert').textContent).toContain('Add at least one modifier')
    expect(fake.api.settings.update).not.toHaveBeenCalled()

    await userEvent.click(record)
    fireEvent.keyDown(record, { key: 'Escape', code: 'Escape' })
    expect(record.getAttribute('aria-pressed')).toBe('false')
    expect(fake.api.settings.update).not.toHaveBeenCalled()

    await userEvent.click(screen.getByRole('button', { name: 'Remove' }))
    expect(fake.api.settings.update).toHaveBeenLastCalledWith({ app: { globalShortcut: '' } })
  })

  it('shows the reason next to the field when main refuses a value', async () => {
    await renderPage()
    fake.api.settings.update.mockResolvedValueOnce({
      ok: false,
      message: 'settings.json: EROFS',
      refusal: { key: 'messages.settings.saveFailed', values: { reason: 'EROFS' } }
    })
    const record = screen.getByRole('button', { name: /Shortcut to start a break/ })
    await userEvent.click(record)
    fireEvent.keyDown(record, { key: 'F9', code: 'F9', altKey: true })
    expect((await screen.findByRole('alert')).textContent).toBe('Not saved: Settings could not be saved: EROFS.')
  })
})

describe('field errors after a change of language', () => {
  afterEach(async () => {
    await act(() => showLanguage(rendererI18n, { language: 'en', locale: 'en-GB' }))
  })

  it('re-words a validation error already showing, without the field being edited again', async () => {
    await renderPage()
    const field = screen.getByLabelText('Minutes between breaks')
    await userEvent.clear(field)
    await userEvent.type(field, '0')
    const alert = screen.getByRole('alert')
    expect(alert.textContent).toBe('Use a value from 1 to 240.')
    await act(() => showLanguage(rendererI18n, { language: 'de', locale: 'de' }))
    expect(alert.textContent).toBe('Verwenden Sie einen Wert von 1 bis 240.')
    expect((field as HTMLInputElement).value).toBe('0')
  })

  it('re-words a refusal from main (a setting the organisation locks), naming the setting in the new language', async () => {
    fake.stored = { ...structuredClone(defaultSettings), workingHours: { ...defaultSettings.workingHours, enabled: true } }
    await renderPage()
    // What main answers (src/core/policy refusedLockedChange) when Monday's hours are locked.
    fake.api.settings.update.mockResolvedValueOnce({
      ok: false,
      message: 'workingHours.days.mon is set by your organisation and cannot be changed',
      refusal: message('messages.settings.locked', { setting: settingLabel('workingHours.days.mon') ?? '' })
    })
    const tuesday = screen.getByRole('group', { name: 'Tuesday' })
    await userEvent.click(within(tuesday).getByRole('button', { name: /Copy to all weekdays/ }))
    const alert = await within(tuesday).findByRole('alert')
    expect(alert.textContent).toBe('Not copied: “Working hours on Monday” is set by your organisation, so it cannot be changed here.')
    await act(() => showLanguage(rendererI18n, { language: 'de', locale: 'de' }))
    expect(alert.textContent).toBe(
      'Nicht kopiert: „Arbeitszeit am Montag“ ist von Ihrer Organisation festgelegt und kann hier nicht geändert werden.'
    )
  })
})

describe('immediate settings', () => {
  it('saves toggles, radio choices and body areas as they change', async () => {
    await renderPage()
    await userEvent.click(screen.getByRole('checkbox', { name: 'Notification sounds' }))
    expect(fake.api.settings.update).toHaveBeenLastCalledWith({ app: { sounds: false } })
    await userEvent.click(screen.getByRole('radio', { name: 'Chime' }))
    expect(fake.api.settings.update).toHaveBeenLastCalledWith({ app: { breakSound: 'chime' } })
    await userEvent.click(screen.getByRole('radio', { name: 'Strict' }))
    expect(fake.api.settings.update).toHaveBeenLastCalledWith({ break: { level: 'strict' } })
    await userEvent.click(screen.getByRole('radio', { name: 'Dark' }))
    expect(fake.api.settings.update).toHaveBeenLastCalledWith({ app: { theme: 'dark' } })
    await userEvent.click(screen.getByRole('checkbox', { name: 'Wrists' }))
    await userEvent.click(screen.getByRole('checkbox', { name: 'Neck' }))
    // Kept in the schema's order, not click order.
    expect(fake.api.settings.update).toHaveBeenLastCalledWith({ body: { focusAreas: ['neck', 'wrists'] } })
  })

  it('explains each break level in one line', async () => {
    await renderPage()
    const group = screen.getByRole('group', { name: 'How firmly breaks interrupt' })
    for (const name of ['Gentle', 'Normal', 'Strict']) {
      const radio = within(group).getByRole('radio', { name })
      const description = document.getElementById(radio.getAttribute('aria-describedby') ?? '')
      expect(description?.textContent).toBeTruthy()
    }
    expect(within(group).getByRole<HTMLInputElement>('radio', { name: 'Normal' }).checked).toBe(true)
  })
})

describe('your body', () => {
  it('keeps the weaker and tighter sides apart, each explained for the moves it changes', async () => {
    await renderPage()
    const weaker = screen.getByRole('group', { name: 'Weaker side' })
    const tighter = screen.getByRole('group', { name: 'Tighter side' })
    expect(document.getElementById(weaker.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/strengthening moves/)
    expect(document.getElementById(tighter.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/stretches .* one extra hold/)
    await userEvent.click(within(weaker).getByRole('radio', { name: 'Left' }))
    expect(fake.api.settings.update).toHaveBeenLastCalledWith({ body: { weakerSide: 'left' } })
    await userEvent.click(within(tighter).getByRole('radio', { name: 'Right' }))
    expect(fake.api.settings.update).toHaveBeenLastCalledWith({ body: { tighterSide: 'right' } })
  })

  it('leaves floor exercises off until asked, with a clear choice', async () => {
    await renderPage()
    const floor = screen.getByRole('group', { name: 'Floor exercises' })
    expect(within(floor).getByRole<HTMLInputElement>('radio', { name: 'Ask me in my next long break' }).checked).toBe(true)
    expect(document.getElementById(floor.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/10 minutes or more/)
    await userEvent.click(within(floor).getByRole('radio', { name: 'No, desk moves only' }))
    expect(fake.api.settings.update).toHaveBeenLastCalledWith({ body: { floorExercises: 'no' } })
  })
})

describe('working hours', () => {
  it('refuses overlapping ranges with the reason, and copies a day to all weekdays', async () => {
    fake.stored = { ...structuredClone(defaultSettings), workingHours: { ...defaultSettings.workingHours, enabled: true } }
    await renderPage()
    const monday = screen.getByRole('group', { name: 'Monday' })
    await userEvent.click(within(monday).getByRole('button', { name: 'Add a range on Monday' }))
    const start = within(monday).getByLabelText('From (Monday, range 2)')
    await userEvent.clear(start)
    await userEvent.type(start, '16:00')
    await userEvent.click(document.body)
    expect(within(monday).getByRole('alert').textContent).toMatch(/^Range 2 overlaps .+\. Ranges of one day must not overlap\.$/)
    expect(fake.api.settings.update).not.toHaveBeenLastCalledWith(
      expect.objectContaining({ workingHours: { days: { mon: [expect.anything(), expect.objectContaining({ start: '16:00' })] } } })
    )

    const tuesday = screen.getByRole('group', { name: 'Tuesday' })
    await userEvent.click(within(tuesday).getByRole('button', { name: /Copy to all weekdays/ }))
    expect(fake.api.settings.update).toHaveBeenLastCalledWith({
      workingHours: { days: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => [day, [{ start: '09:00', end: '17:00' }]])) }
    })
    expect(await within(tuesday).findByText('Copied to Monday to Friday')).toBeTruthy()
    // Monday's unsaved, refused edit gives way to the copied hours.
    expect(within(monday).queryByRole('alert')).toBeNull()
    expect(within(monday).queryByLabelText('From (Monday, range 2)')).toBeNull()
    expect(within(monday).getByLabelText<HTMLInputElement>('From (Monday, range 1)').value).toBe('09:00')
    expect(within(screen.getByRole('group', { name: 'Saturday' })).queryByRole('button', { name: /Copy to all weekdays/ })).toBeNull()
  })

  it('keeps a time typed while "Add a range" is still saving (a slow machine)', async () => {
    fake.stored = { ...structuredClone(defaultSettings), workingHours: { ...defaultSettings.workingHours, enabled: true } }
    await renderPage()
    const realUpdate = fake.api.settings.update.getMockImplementation()
    let finishSave: () => void = () => undefined
    fake.api.settings.update.mockImplementationOnce(
      (patch) =>
        new Promise((resolve) => {
          finishSave = () => {
            if (realUpdate) resolve(realUpdate(patch))
          }
        })
    )
    const monday = screen.getByRole('group', { name: 'Monday' })
    await userEvent.click(within(monday).getByRole('button', { name: 'Add a range on Monday' }))
    const start = within(monday).getByLabelText('From (Monday, range 2)')
    await userEvent.clear(start)
    await userEvent.type(start, '16:00')
    await act(async () => {
      finishSave()
      await Promise.resolve()
    })
    expect(within(monday).getByLabelText<HTMLInputElement>('From (Monday, range 2)').value).toBe('16:00')
    expect(within(monday).getByRole('alert').textContent).toMatch(/^Range 2 overlaps/)
  })

  it('edits, validates, adds and removes ranges per day', async () => {
    fake.stored = { ...structuredClone(defaultSettings), workingHours: { ...defaultSettings.workingHours, enabled: true } }
    await renderPage()
    const monday = screen.getByRole('group', { name: 'Monday' })
    const end = within(monday).getByLabelText('to (Monday, range 1)')
    await userEvent.clear(end)
    await userEvent.type(end, '08:00')
    await userEvent.tab()
    expect(within(monday).getByRole('alert').textContent).toBe('A working-hours range must end after it starts.')
    await userEvent.click(document.body)
    expect(fake.api.settings.update).not.toHaveBeenCalled()

    await userEvent.clear(end)
    await userEvent.type(end, '12:00')
    await userEvent.click(document.body)
    expect(fake.api.settings.update).toHaveBeenLastCalledWith({
      workingHours: { days: { mon: [{ start: '09:00', end: '12:00' }] } }
    })

    await userEvent.click(within(monday).getByRole('button', { name: 'Add a range on Monday' }))
    expect(fake.api.settings.update).toHaveBeenLastCalledWith({
      workingHours: {
        days: {
          mon: [
            { start: '09:00', end: '12:00' },
            { start: '12:30', end: '13:30' }
          ]
        }
      }
    })

    await userEvent.click(within(monday).getByRole('button', { name: 'Remove Monday, range 1' }))
    expect(fake.api.settings.update).toHaveBeenLastCalledWith({
      workingHours: { days: { mon: [{ start: '12:30', end: '13:30' }] } }
    })
    expect(document.activeElement?.textContent).toContain('Add a range')
  })

  it('hides the days while working hours are off', async () => {
    await renderPage()
    expect(screen.queryByRole('group', { name: 'Monday' })).toBeNull()
    await userEvent.click(screen.getByRole('checkbox', { name: 'Only remind me during working hours' }))
    expect(fake.api.settings.update).toHaveBeenLastCalledWith({ workingHours: { enabled: true } })
    expect(await screen.findByRole('group', { name: 'Monday' })).toBeTruthy()
  })
})

describe('restore defaults', () => {
  it('asks first, can be cancelled, and restores only when confirmed', async () => {
    fake.stored = { ...structuredClone(defaultSettings), break: { ...defaultSettings.break, intervalMinutes: 30 } }
    await renderPage()
    const ask = screen.getByRole('button', { name: 'Restore defaults…' })
    await userEvent.click(ask)
    const confirm = screen.getByRole('group', { name: /Restore every preference to its default/ })
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Cancel' }))

    await userEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('group', { name: /Restore every preference/ })).toBeNull()
    expect(document.activeElement).toBe(ask)
    expect(fake.api.settings.reset).not.toHaveBeenCalled()

    await userEvent.click(ask)
    await userEvent.keyboard('{Escape}')
    expect(screen.queryByRole('group', { name: /Restore every preference/ })).toBeNull()
    expect(fake.api.settings.reset).not.toHaveBeenCalled()

    await userEvent.click(ask)
    await userEvent.click(screen.getByRole('button', { name: 'Restore defaults' }))
    expect(fake.api.settings.reset).toHaveBeenCalledTimes(1)
    expect(await screen.findByText('All preferences are back to their defaults.')).toBeTruthy()
    expect(screen.getByLabelText<HTMLInputElement>('Minutes between breaks').value).toBe('50')
  })

  it('drops a half-typed invalid value on restore', async () => {
    await renderPage()
    const field = screen.getByLabelText('Minutes between posture cues')
    await userEvent.clear(field)
    await userEvent.type(field, '999')
    expect(field.getAttribute('aria-invalid')).toBe('true')
    await userEvent.click(screen.getByRole('button', { name: 'Restore defaults…' }))
    await userEvent.click(screen.getByRole('button', { name: 'Restore defaults' }))
    await waitFor(() => {
      expect(screen.getByLabelText<HTMLInputElement>('Minutes between posture cues').value).toBe('20')
    })
    expect(screen.getByLabelText('Minutes between posture cues').getAttribute('aria-invalid')).toBe('false')
  })
})

describe('schedule preview', () => {
  it('states the day and previews unsaved valid values, but not invalid ones', async () => {
    await renderPage()
    expect(await screen.findByText(/With these settings, today you will get about/)).toBeTruthy()
    expect(screen.getByText('6 breaks')).toBeTruthy()
    expect(screen.getByText('14 posture cues')).toBeTruthy()
    expect(fake.api.schedule.preview).toHaveBeenLastCalledWith({})

    const field = screen.getByLabelText('Minutes between breaks')
    await userEvent.clear(field)
    await userEvent.type(field, '30')
    await waitFor(() => {
      expect(fake.api.schedule.preview).toHaveBeenLastCalledWith({ break: { intervalMinutes: 30 } })
    })
    expect(screen.getByText(/Includes changes not saved yet/)).toBeTruthy()
    expect(fake.api.settings.update).not.toHaveBeenCalled()

    const calls = fake.api.schedule.preview.mock.calls.length
    await userEvent.type(field, '0')
    // 300 is out of range: the preview keeps asking about nothing unsaved rather than 300.
    await waitFor(() => {
      expect(fake.api.schedule.preview.mock.calls.length).toBeGreaterThan(calls)
    })
    expect(fake.api.schedule.preview).toHaveBeenLastCalledWith({})
  })
})

describe('posture watch', () => {
  afterEach(() => {
    fake.api.postureWatch.status.mockReset()
  })

  it('says the watch rests while posture cues and breaks are both off', async () => {
    const watch = { ...defaultSettings.postureWatch, enabled: true }
    fake.stored = { ...structuredClone(defaultSettings), posture: { ...defaultSettings.posture, enabled: false }, break: { ...defaultSettings.break, enabled: false }, postureWatch: watch }
    fake.api.postureWatch.status.mockResolvedValue({
      phase: 'watching',
      posture: 'upright',
      lastCueReason: null,
      lastCueAtMs: null,
      lastCheckAtMs: null,
      calibrated: true,
      failure: null,
      restingBecause: 'disabled',
      settings: watch
    })
    await renderPage()
    const section = screen.getByRole('group', { name: 'Posture watch (camera)' })
    expect(await within(section).findByText(/^The posture watch is resting: it checks only while posture cues or breaks are on\. Turn one of them on to start its checks again\.$/)).toBeTruthy()
  })
})
