import { expect, test } from '@playwright/test'
import { safetyContent } from '../../src/shared/content/safety'
import { expectNoSeriousA11yViolations } from './helpers/axe'
import { useHarness } from './helpers/harness'
import { horizontalOverflowPx } from './helpers/layout'
import { invoke } from './helpers/invoke'
import { screenshotPath } from './helpers/screenshots'

const { disclaimer, redFlagTiers } = safetyContent

function tierTitle(id: (typeof redFlagTiers)[number]['id']): string {
  return redFlagTiers.find((tier) => tier.id === id)?.title ?? id
}

test.describe('first-run safety notice', () => {
  const harness = useHarness({ per: 'test' })

  test('shows on every page until acknowledged, and stays gone after a reload', async ({ page }) => {
    await page.goto(harness.url)
    const notice = page.getByRole('region', { name: disclaimer.title })
    await expect(notice).toBeVisible()
    await expect(notice).toContainText(disclaimer.paragraphs[1] ?? '')
    await expectNoSeriousA11yViolations(page)

    await page.getByRole('link', { name: 'Stretches' }).click()
    await expect(notice).toBeVisible()

    await notice.getByRole('button', { name: disclaimer.acknowledgeLabel }).click()
    await expect(notice).toHaveCount(0)
    const onboarding = await invoke(page.request, harness.url, 'onboarding:get')
    expect(onboarding.safetyAcknowledgedAtMs).toEqual(expect.any(Number))

    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'Stretches' })).toBeVisible()
    await expect(page.getByRole('region', { name: disclaimer.title })).toHaveCount(0)
  })

  test('links to the emergency tier of the safety page', async ({ page }) => {
    await page.goto(harness.url)
    await page.getByRole('region', { name: disclaimer.title }).getByRole('link', { name: 'When to get help' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Safety' })).toBeVisible()
    await expect(page).toHaveURL(/#\/safety\?tier=emergency$/)
    await expect(page.getByRole('heading', { level: 2, name: tierTitle('emergency') })).toBeFocused()
  })

  test('screenshot of the notice', async ({ page }) => {
    await page.setViewportSize({ width: 1100, height: 760 })
    await page.goto(harness.url)
    await expect(page.getByRole('region', { name: disclaimer.title })).toBeVisible()
    await page.screenshot({ path: screenshotPath('safety-notice-light.png') })
  })
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
