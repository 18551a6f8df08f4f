import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './helpers/axe'
import { useHarness } from './helpers/harness'
import { invoke } from './helpers/invoke'
import { screenshotPath } from './helpers/screenshots'

test.describe('Today page', () => {
  const harness = useHarness({ per: 'block', acknowledgeSafetyNotice: true })

  test.afterEach(async ({ request }) => {
    await invoke(request, harness.url, 'pause:resume')
  })

  test('shows the live status and follows quick actions', async ({ page }) => {
    await page.goto(`${harness.url}#/today`)
    const status = page.getByRole('region', { name: 'Right now' })
    await expect(status.getByText('Next break in 50 minutes')).toBeVisible()
    await expect(status.getByText('In 20 minutes of active time')).toBeVisible()

    await status.getByRole('button', { name: 'Pause 30 min' }).click()
    await expect(status.getByText(/^Paused until \d\d:\d\d$/)).toBeVisible()
    await expect(status.getByRole('button', { name: 'Posture check now' })).toBeDisabled()
    await status.getByRole('button', { name: 'Resume' }).click()
    await expect(status.getByText('Next break in 50 minutes')).toBeVisible()

    // A pause from elsewhere (the tray) shows up here too.
    await invoke(page.request, harness.url, 'pause:start', { minutes: 60 })
    await expect(status.getByText(/^Paused until \d\d:\d\d$/)).toBeVisible()
  })

  test('"Posture check now" shows the cue in the page and offers the posture card', async ({ page }) => {
    await page.goto(`${harness.url}#/today`)
    await page.getByRole('button', { name: 'Posture check now' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Posture check sent.' })).toBeVisible()
    await page.getByRole('link', { name: 'Open the posture card' }).click()
    await expect(page).toHaveURL(/break\.html#\/posture$/)
  })

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`no serious accessibility violations; screenshot in ${colorScheme}`, async ({ page }) => {
      await page.setViewportSize({ width: 1100, height: 900 })
      await page.emulateMedia({ colorScheme })
      await page.goto(`${harness.url}#/today`)
      await expect(page.getByText('Next break in 50 minutes')).toBeVisible()
      await expect(page.getByRole('region', { name: 'Today so far' }).getByText('Active time')).toBeVisible()
      await expectNoSeriousA11yViolations(page)
      await page.screenshot({ path: screenshotPath(`today-${colorScheme}.png`), fullPage: true })
    })
  }
})
