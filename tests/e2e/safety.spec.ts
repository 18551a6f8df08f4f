import { expect, test } from '@playwright/test'
import { safetyContent } from '../../src/shared/content/safety'
import { expectNoSeriousA11yViolations } from './helpers/axe'
import { useHarness } from './helpers/harness'
import { horizontalOverflowPx } from './helpers/layout'
import { invoke } from './helpers/invoke'
import { screenshotPath } from './helpers/screenshots'

const { disclaimer, urgentHelp, seeProfessional } = safetyContent

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

  test('links to the safety page', async ({ page }) => {
    await page.goto(harness.url)
    await page.getByRole('region', { name: disclaimer.title }).getByRole('link', { name: 'When to get help' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Safety' })).toBeVisible()
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

  test('says what Upright is, when to see a professional and when to get urgent help', async ({ page }) => {
    await page.goto(`${harness.url}#/safety`)
    await expect(page.getByRole('heading', { level: 1, name: 'Safety' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: disclaimer.title })).toBeVisible()
    const urgent = page.getByRole('region', { name: urgentHelp.title })
    await expect(urgent.getByRole('listitem')).toHaveCount(urgentHelp.items.length)
    await expect(urgent).toContainText(urgentHelp.action)
    const professional = page.getByRole('region', { name: seeProfessional.title })
    await expect(professional.getByRole('listitem')).toHaveCount(seeProfessional.items.length)
    await expect(page.getByText(safetyContent.stopIfItHurts)).toBeVisible()
  })

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`no serious accessibility violations; screenshot in ${colorScheme}`, async ({ page }) => {
      await page.setViewportSize({ width: 1100, height: 900 })
      await page.emulateMedia({ colorScheme })
      await page.goto(`${harness.url}#/safety`)
      await expect(page.getByRole('region', { name: urgentHelp.title })).toBeVisible()
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
