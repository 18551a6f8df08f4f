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
  await expect(page.getByRole('alert')).toHaveText('Use a value from 1 to 240.')
  await field.press('Enter')
  await field.blur()
  expect((await storedSettings(page)).break.intervalMinutes).toBe(50)

  // A valid value answers "Saved" under its own field; nothing floats over the page.
  await field.fill('45')
  await field.press('Enter')
  const answer = page.locator('.field', { has: field }).getByRole('status')
  await expect(answer).toHaveText('Saved')
  const fieldBox = await page.locator('.field', { has: field }).boundingBox()
  const answerBox = await answer.boundingBox()
  expect(answerBox && fieldBox && answerBox.y + answerBox.height <= fieldBox.y + fieldBox.height + 1).toBe(true)

  await page.reload()
  await expect(page.getByLabel('Minutes between breaks')).toHaveValue('45')
})

test('the shortcut is recorded by pressing keys, shown as keys and stored as an accelerator', async ({ page }) => {
  await openPreferences(page)
  const record = page.getByRole('button', { name: /Shortcut to start a break/ })
  await expect(record).toContainText('Record')
  await record.click()
  await page.keyboard.press('Control+Shift+F9')
  await expect.poll(async () => (await storedSettings(page)).app.globalShortcut).toBe('CommandOrControl+Shift+F9')
  await expect(page.locator('.shortcut-keys')).toHaveText('Ctrl + Shift + F9')

  await record.click()
  await page.keyboard.press('b')
  await expect(page.getByRole('alert').filter({ hasText: 'Add at least one modifier' })).toBeVisible()
  expect((await storedSettings(page)).app.globalShortcut).toBe('CommandOrControl+Shift+F9')

})

test('working hours refuse overlapping ranges in place and copy a day to all weekdays', async ({ page }) => {
  await invoke(page, 'settings:update', { workingHours: { enabled: true } } satisfies SettingsPatch)
  await openPreferences(page)
  const monday = page.getByRole('group', { name: 'Monday' })
  await monday.getByRole('button', { name: 'Add a range on Monday' }).click()
  await monday.getByLabel('From (Monday, range 2)').fill('16:00')
  await monday.getByLabel('to (Monday, range 2)').fill('18:00')
  await monday.getByLabel('to (Monday, range 2)').press('Enter')
  await expect(monday.getByRole('alert')).toContainText('Range 2 overlaps')
  expect((await storedSettings(page)).workingHours.days.mon).toHaveLength(2)
  expect((await storedSettings(page)).workingHours.days.mon[1]?.start).not.toBe('16:00')

  // main refuses the same overlap, whoever sends it.
  const refused = await page.request.post(`${harness.url}api/invoke/settings:update`, {
    headers: { 'content-type': 'application/json' },
    data: { input: { workingHours: { days: { tue: [{ start: '09:00', end: '12:00' }, { start: '11:00', end: '13:00' }] } } } }
  })
  expect(refused.status()).toBe(400)

  const friday = page.getByRole('group', { name: 'Friday' })
  await friday.getByLabel('to (Friday, range 1)').fill('13:00')
  await friday.getByLabel('to (Friday, range 1)').press('Enter')
  await expect(friday.getByRole('status')).toHaveText('Saved')
  await friday.getByRole('button', { name: /Copy to all weekdays/ }).click()
  await expect(friday.getByRole('status')).toHaveText('Copied to Monday to Friday')
  const days = (await storedSettings(page)).workingHours.days
  expect([days.mon, days.tue, days.wed, days.thu, days.fri]).toEqual(Array(5).fill([{ start: '09:00', end: '13:00' }]))
  expect(days.sat).toEqual([])
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
  await expect(page.getByRole('checkbox', { name: 'Notification sounds' })).toBeChecked()
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
