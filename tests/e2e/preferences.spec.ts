import { expect, type Page, test } from '@playwright/test'
import type { Settings, SettingsPatch } from '../../src/shared/settings'
import { expectNoSeriousA11yViolations } from './helpers/axe'
import { useHarness } from './helpers/harness'
import { screenshotPath } from './helpers/screenshots'

// One harness for the file (ports are scarce per worker); every test starts from the defaults.
const harness = useHarness({ per: 'block' })

test.beforeEach(async ({ page }) => {
  await invoke(page, 'settings:reset')
})

async function invoke<T>(page: Page, channel: string, input?: unknown): Promise<T> {
  const response = await page.request.post(`${harness.url}api/invoke/${channel}`, {
    headers: { 'content-type': 'application/json' },
    data: { input }
  })
  expect(response.ok(), `${channel}: ${await response.text()}`).toBe(true)
  return ((await response.json()) as { value: T }).value
}

const storedSettings = (page: Page): Promise<Settings> => invoke<Settings>(page, 'settings:get')

async function openPreferences(page: Page): Promise<void> {
  await page.goto(`${harness.url}#/preferences`)
  await expect(page.getByRole('heading', { level: 1, name: 'Preferences' })).toBeVisible()
}

test('an invalid value is explained at the field and not saved', async ({ page }) => {
  await openPreferences(page)
  const field = page.getByLabel('Minutes between breaks')
  await field.fill('0')
  await expect(field).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByRole('alert')).toHaveText('Use a value of at least 1.')
  await field.press('Enter')
  await field.blur()
  expect((await storedSettings(page)).break.intervalMinutes).toBe(50)

  const shortcut = page.getByLabel('Shortcut to start a break')
  await shortcut.fill('Ctrl+Hyper+B')
  await shortcut.press('Enter')
  await expect(page.getByRole('alert').filter({ hasText: '“Hyper” is not a modifier' })).toBeVisible()
  expect((await storedSettings(page)).app.globalShortcut).toBe('CommandOrControl+Alt+B')

  await page.reload()
  await expect(page.getByLabel('Minutes between breaks')).toHaveValue('50')
})

test('settings apply live: the theme changes at once', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await openPreferences(page)
  await page.getByRole('radio', { name: 'Dark' }).check()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect.poll(async () => (await storedSettings(page)).app.theme).toBe('dark')
  await page.getByRole('radio', { name: 'Match the system' }).check()
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./)
})

test('restore defaults asks first, then restores', async ({ page }) => {
  await invoke(page, 'settings:update', { break: { intervalMinutes: 30 }, app: { sounds: false } } satisfies SettingsPatch)
  await openPreferences(page)
  await expect(page.getByLabel('Minutes between breaks')).toHaveValue('30')
  const ask = page.getByRole('button', { name: 'Restore defaults…' })
  await ask.click()
  const confirm = page.getByRole('group', { name: /Restore every preference/ })
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(confirm).toBeHidden()
  await expect(ask).toBeFocused()
  expect((await storedSettings(page)).break.intervalMinutes).toBe(30)

  await ask.click()
  await confirm.getByRole('button', { name: 'Restore defaults' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'All preferences are back to their defaults.' })).toBeVisible()
  await expect(page.getByLabel('Minutes between breaks')).toHaveValue('50')
  await expect(page.getByRole('checkbox', { name: 'Play sounds' })).toBeChecked()
  expect((await storedSettings(page)).break.intervalMinutes).toBe(50)
})

test('the schedule preview follows unsaved valid values', async ({ page }) => {
  await openPreferences(page)
  const sentence = page.locator('.preview-sentence')
  await expect(sentence).toContainText(/With these settings, today you will get about \d+ breaks? and \d+ posture cues?\./)
  const breaks = async (): Promise<number> => Number(/about (\d+) break/.exec((await sentence.textContent()) ?? '')?.[1])
  const before = await breaks()
  await page.getByLabel('Minutes between breaks').fill('20')
  await expect(sentence).toContainText('Includes changes not saved yet')
  await expect.poll(breaks).toBeGreaterThan(before)
  expect((await storedSettings(page)).break.intervalMinutes).toBe(50)
  // The timeline has a text version.
  await page.getByText(/as a list$/).click()
  await expect(page.locator('.timeline-list li').first()).toContainText(/Posture cue|Break/)
})

test('works with the keyboard alone', async ({ page }) => {
  await openPreferences(page)
  const posture = page.getByRole('checkbox', { name: 'Show posture cues' })
  await posture.focus()
  await page.keyboard.press('Space')
  await expect.poll(async () => (await storedSettings(page)).posture.enabled).toBe(false)
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Minutes between posture cues')).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('Tab')
  await expect.poll(async () => (await storedSettings(page)).posture.intervalMinutes).toBe(21)
})

test('has no serious accessibility violations, with working hours and the confirmation open', async ({ page }) => {
  await invoke(page, 'settings:update', { workingHours: { enabled: true } } satisfies SettingsPatch)
  await openPreferences(page)
  await page.getByRole('button', { name: 'Restore defaults…' }).click()
  await page.getByLabel('Minutes between breaks').fill('0')
  await expectNoSeriousA11yViolations(page)
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`screenshots in ${colorScheme}`, async ({ page }) => {
    // Working hours off for the whole page, so the preview does not depend on the time of day.
    await invoke(page, 'settings:update', { body: { weakerSide: 'left', focusAreas: ['neck', 'lower-back'] } } satisfies SettingsPatch)
    // The first-run safety notice sits above every page until acknowledged; show the page itself.
    await invoke(page, 'onboarding:update', { safetyAcknowledgedAtMs: Date.now() })
    await page.setViewportSize({ width: 1100, height: 900 })
    await page.emulateMedia({ colorScheme })
    await openPreferences(page)
    await expect(page.locator('.preview-sentence')).toBeVisible()
    await page.screenshot({ path: screenshotPath(`preferences-${colorScheme}.png`), fullPage: true })

    await invoke(page, 'settings:update', {
      workingHours: { enabled: true, days: { wed: [{ start: '08:30', end: '12:00' }, { start: '13:00', end: '16:30' }] } }
    } satisfies SettingsPatch)
    const section = page.getByRole('group', { name: 'Working hours' })
    await expect(section.getByRole('group', { name: 'Wednesday' })).toBeVisible()
    await section.screenshot({ path: screenshotPath(`preferences-working-hours-${colorScheme}.png`) })
  })
}
