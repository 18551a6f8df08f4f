import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './helpers/axe'
import { useHarness } from './helpers/harness'
import { horizontalOverflowPx } from './helpers/layout'
import { invoke } from './helpers/invoke'
import { screenshotPath } from './helpers/screenshots'
import { englishContent } from '../helpers/english-content'

const safetyContent = englishContent.safety

const { disclaimer, redFlagTiers } = safetyContent

function tierTitle(id: (typeof redFlagTiers)[number]['id']): string {
  return redFlagTiers.find((tier) => tier.id === id)?.title ?? id
}

test.describe('first-run welcome', () => {
  const harness = useHarness({ per: 'test' })

  test('says when the first break comes, lets the user pick a rhythm, then goes on to the checklist', async ({ page }) => {
    await page.goto(harness.url)
    const welcome = page.getByRole('region', { name: 'Welcome to Upright' })
    await expect(welcome).toBeVisible()
    await expect(welcome.getByText(/^Your first break comes in about \d+ minutes of screen time\.$/)).toBeVisible()
    await expectNoSeriousA11yViolations(page)

    await page.getByRole('link', { name: 'Stretches' }).click()
    await expect(welcome).toBeVisible()

    await welcome.getByRole('radio', { name: /5-minute break every 25 minutes/ }).check()
    await welcome.getByRole('button', { name: 'Start, then check my desk' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Workstation checklist' })).toBeVisible()
    await expect(welcome).toHaveCount(0)
    const settings = await invoke(page.request, harness.url, 'settings:get')
    expect(settings.break.intervalMinutes).toBe(25)
    expect(settings.posture.enabled).toBe(false)
    const onboarding = await invoke(page.request, harness.url, 'onboarding:get')
    expect(onboarding.safetyAcknowledgedAtMs).toEqual(expect.any(Number))

    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'Workstation checklist' })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Welcome to Upright' })).toHaveCount(0)
  })

  test('its one line of safety links to the emergency tier of the Safety page, which shows the notice text once', async ({ page }) => {
    await page.goto(harness.url)
    await page.getByRole('region', { name: 'Welcome to Upright' }).getByRole('link', { name: 'Safety and when to get help' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Safety' })).toBeVisible()
    await expect(page).toHaveURL(/#\/safety\?tier=emergency$/)
    await expect(page.getByRole('heading', { level: 2, name: tierTitle('emergency') })).toBeFocused()
    await expect(page.getByText(disclaimer.paragraphs[1] ?? '')).toHaveCount(1)
    await expect(page.getByRole('region', { name: 'Welcome to Upright' })).toHaveCount(0)
  })

  for (const size of [{ width: 1100, height: 760 }, { width: 640, height: 480 }]) {
    test(`screenshot of the welcome at ${size.width}×${size.height}`, async ({ page }) => {
      await page.setViewportSize(size)
      await page.goto(harness.url)
      await expect(page.getByRole('region', { name: 'Welcome to Upright' })).toBeVisible()
      expect(await horizontalOverflowPx(page)).toBeLessThanOrEqual(0)
      await page.screenshot({ path: screenshotPath(size.width === 1100 ? 'safety-notice-light.png' : 'welcome-640x480.png') })
    })
  }
})

test.describe('safety page', () => {
  const harness = useHarness({ per: 'block', acknowledgeSafetyNotice: true })

  test('says what Upright is and lists the red flags in three tiers, most urgent first', async ({ page }) => {
    await page.goto(`${harness.url}#/safety`)
    await expect(page.getByRole('heading', { level: 1, name: 'Safety' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: disclaimer.title })).toBeVisible()
    for (const tier of redFlagTiers) {
      const region = page.getByRole('region', { name: tier.title })
      await expect(region.getByRole('listitem')).toHaveCount(tier.items.length)
      await expect(region).toContainText(tier.action)
    }
    await expect(page.getByText(safetyContent.stopIfItHurts)).toBeVisible()
  })

  test('opens at the tier a link asks for', async ({ page }) => {
    await page.setViewportSize({ width: 1100, height: 700 })
    await page.goto(`${harness.url}#/safety?tier=professional`)
    const heading = page.getByRole('heading', { level: 2, name: tierTitle('professional') })
    await expect(heading).toBeFocused()
    await expect(heading).toBeInViewport()
  })

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`no serious accessibility violations; screenshot in ${colorScheme}`, async ({ page }) => {
      await page.setViewportSize({ width: 1100, height: 900 })
      await page.emulateMedia({ colorScheme })
      await page.goto(`${harness.url}#/safety`)
      await expect(page.getByRole('region', { name: tierTitle('emergency') })).toBeVisible()
      await expectNoSeriousA11yViolations(page)
      await page.screenshot({ path: screenshotPath(`safety-${colorScheme}.png`), fullPage: true })
    })
  }

  test('fits a 640 px wide window without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 640, height: 900 })
    await page.goto(`${harness.url}#/safety`)
    await expect(page.getByRole('heading', { level: 1, name: 'Safety' })).toBeVisible()
    expect(await horizontalOverflowPx(page)).toBeLessThanOrEqual(0)
  })
})
