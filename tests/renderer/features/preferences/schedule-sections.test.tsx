import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import PreferencesPage from '../../../../src/renderer/src/features/preferences/preferences-page'
import { parseClockMinutes } from '../../../../src/renderer/src/features/preferences/fields/clock-minutes-setting'
import { defaultSettings } from '@shared/settings'
import { previewFixture } from './fake-settings-api'

vi.setConfig({ testTimeout: 20_000 })

const fake = await vi.hoisted(async () => (await import('./fake-settings-api')).createFakeSettingsApi())
vi.mock('../../../../src/renderer/src/lib/api', () => ({ api: fake.api, isWebHarness: true }))

beforeEach(() => {
  fake.stored = structuredClone(defaultSettings)
  fake.api.settings.update.mockClear()
  fake.api.schedule.preview.mockClear()
})

async function renderPage(): Promise<void> {
  render(<PreferencesPage />)
  await screen.findByRole('heading', { level: 1, name: 'Preferences' })
}

function section(name: string): HTMLElement {
  return screen.getByRole('group', { name })
}

describe('break schedule section', () => {
  it('switches to clock breaks, then saves minutes past the hour typed in any order', async () => {
    await renderPage()
    expect(screen.queryByLabelText('Minutes past each hour')).toBeNull()
    await userEvent.click(within(section('Break schedule')).getByRole('radio', { name: /On the clock/ }))
    expect(fake.api.settings.update).toHaveBeenCalledWith({ break: { schedule: 'clock' } })
    const minutes = await screen.findByLabelText('Minutes past each hour')
    expect((minutes as HTMLInputElement).value).toBe('50')
    await userEvent.clear(minutes)
    await userEvent.type(minutes, '50, 20{Enter}')
    expect(fake.api.settings.update).toHaveBeenLastCalledWith({ break: { clockMinutes: [20, 50] } })
    expect(fake.stored.break.clockMinutes).toEqual([20, 50])
  })

  it('explains minutes that are not whole, or out of range, and saves nothing', async () => {
    fake.stored = { ...structuredClone(defaultSettings), break: { ...defaultSettings.break, schedule: 'clock' } }
    await renderPage()
    const minutes = screen.getByLabelText('Minutes past each hour')
    await userEvent.clear(minutes)
    await userEvent.type(minutes, '10, half')
    expect(minutes.getAttribute('aria-invalid')).toBe('true')
    expect(within(minutes.closest('.field') as HTMLElement).getByRole('alert').textContent).toBe('Use whole minutes from 0 to 59, separated by commas.')
    await userEvent.clear(minutes)
    await userEvent.type(minutes, '75{Enter}')
    expect(within(minutes.closest('.field') as HTMLElement).getByRole('alert').textContent).toBe('Use a value of at most 59.')
    expect(fake.api.settings.update).not.toHaveBeenCalled()
  })

  it('shows main’s refusal of overlapping slots under the field, naming it', async () => {
    fake.stored = { ...structuredClone(defaultSettings), break: { ...defaultSettings.break, schedule: 'clock' } }
    await renderPage()
    const minutes = screen.getByLabelText('Minutes past each hour')
    await userEvent.clear(minutes)
    await userEvent.type(minutes, '20, 23{Enter}')
    const alert = await within(minutes.closest('.field') as HTMLElement).findByRole('alert')
    expect(alert.textContent).toBe('Not saved: Breaks at :20 and :23 would overlap: slots must be at least the break length (5 min) apart.')
    expect(fake.stored.break.clockMinutes).toEqual([50])
  })

  it('saves skips per day and refuses a negative count', async () => {
    await renderPage()
    const skips = screen.getByLabelText('Skips allowed per day')
    await userEvent.clear(skips)
    await userEvent.type(skips, '-1')
    expect(skips.getAttribute('aria-invalid')).toBe('true')
    await userEvent.clear(skips)
    await userEvent.type(skips, '3{Enter}')
    expect(fake.api.settings.update).toHaveBeenCalledWith({ break: { maxSkipsPerDay: 3 } })
  })
})

describe('daily limit section', () => {
  it('turns the limit on, then refuses a limit below the break interval with main’s words', async () => {
    await renderPage()
    expect(screen.queryByLabelText('Daily limit in minutes of active time')).toBeNull()
    await userEvent.click(within(section('Daily limit')).getByRole('checkbox'))
    expect(fake.api.settings.update).toHaveBeenCalledWith({ dailyLimit: { enabled: true } })
    const limit = await screen.findByLabelText('Daily limit in minutes of active time')
    await userEvent.clear(limit)
    await userEvent.type(limit, '30{Enter}')
    const alert = await within(limit.closest('.field') as HTMLElement).findByRole('alert')
    expect(alert.textContent).toBe('Not saved: The daily limit (30 min) must not be below the break interval (50 min).')
    await userEvent.clear(limit)
    await userEvent.type(limit, '420{Enter}')
    expect(fake.stored.dailyLimit).toEqual({ enabled: true, minutes: 420, remindMinutes: 30 })
  })

  it('with breaks off, saves a limit below the unused break interval', async () => {
    fake.stored = { ...structuredClone(defaultSettings), break: { ...defaultSettings.break, enabled: false }, dailyLimit: { ...defaultSettings.dailyLimit, enabled: true } }
    await renderPage()
    const limit = await screen.findByLabelText('Daily limit in minutes of active time')
    await userEvent.clear(limit)
    await userEvent.type(limit, '30{Enter}')
    expect(await within(limit.closest('.field') as HTMLElement).findByText('Saved')).toBeTruthy()
    expect(fake.stored.dailyLimit).toEqual({ enabled: true, minutes: 30, remindMinutes: 30 })
  })

  it('says in the preview when the limit would be reached', async () => {
    fake.stored = { ...structuredClone(defaultSettings), dailyLimit: { enabled: true, minutes: 420, remindMinutes: 30 } }
    fake.api.schedule.preview.mockResolvedValue({ ...previewFixture, dailyLimitAtWallMs: Date.UTC(2026, 2, 6, 16, 38) })
    await renderPage()
    const line = await screen.findByText(/You would reach your daily limit of 7 h at/)
    expect(line.getAttribute('data-rule')).toBe('dailyLimit')
  })
})

describe('parseClockMinutes', () => {
  it('reads commas, spaces and a leading colon, in ascending order, keeping repeats for the schema', () => {
    expect(parseClockMinutes(':50, 20 5')).toEqual({ ok: true, value: [5, 20, 50] })
    expect(parseClockMinutes('50,50')).toEqual({ ok: true, value: [50, 50] })
    expect(parseClockMinutes('  ')).toMatchObject({ ok: false })
  })
})
