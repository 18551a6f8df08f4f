import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './helpers/axe'
import { startHarness, useHarness } from './helpers/harness'
import { horizontalOverflowPx } from './helpers/layout'
import { acknowledgeSafetyNotice, invoke } from './helpers/invoke'
import { screenshotPath } from './helpers/screenshots'
import { englishContent } from '../helpers/english-content'

const { stretches } = englishContent

const total = stretches.length
const countWhere = (keep: (stretch: (typeof stretches)[number]) => boolean): number => stretches.filter(keep).length

test.describe('stretch library', () => {
  // Sped up so a guided stretch runs through in a second or two; with no reminders, because a
  // break due mid-block would take the tab to the break page (it did, on a loaded CI run).
  const harness = useHarness({
    per: 'block',
    speed: 60,
    acknowledgeSafetyNotice: true,
    settings: { posture: { enabled: false }, break: { enabled: false } }
  })

  test('filters by body area and place, announcing the count', async ({ page }) => {
    await page.goto(`${harness.url}#/stretches`)
    const count = page.getByRole('status').filter({ hasText: /stretches|match/ })
    await expect(count).toHaveText(`Showing all ${total} stretches.`)
    await expect(page.getByRole('article')).toHaveCount(total)

    await page.getByRole('button', { name: 'Lower back' }).click()
    const lowerBack = countWhere((stretch) => stretch.areas.includes('lower-back'))
    await expect(count).toHaveText(`Showing ${lowerBack} of ${total} stretches.`)
    await expect(page.getByRole('article')).toHaveCount(lowerBack)

    await page.getByRole('radio', { name: 'Floor' }).check()
    const lowerBackFloor = countWhere((stretch) => stretch.areas.includes('lower-back') && stretch.place === 'floor')
    await expect(count).toHaveText(`Showing ${lowerBackFloor} of ${total} stretches.`)
    await expect(page.getByRole('article', { name: 'Bird dog' })).toBeVisible()

    await page.getByRole('button', { name: 'Clear filters' }).click()
    await expect(count).toHaveText(`Showing all ${total} stretches.`)
  })

  test('filters work from the keyboard alone', async ({ page }) => {
    await page.goto(`${harness.url}#/stretches`)
    const neck = page.getByRole('button', { name: 'Neck', exact: true })
    await neck.focus()
    await page.keyboard.press('Space')
    await expect(neck).toHaveAttribute('aria-pressed', 'true')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('button', { name: 'Shoulders' })).toHaveAttribute('aria-pressed', 'true')

    await page.getByRole('radio', { name: 'Anywhere' }).focus()
    await page.keyboard.press('ArrowRight')
    await expect(page.getByRole('radio', { name: 'At the desk' })).toBeChecked()
    const expected = countWhere(
      (stretch) => stretch.place === 'desk' && (stretch.areas.includes('neck') || stretch.areas.includes('shoulders'))
    )
    await expect(page.getByRole('article')).toHaveCount(expected)
    await expect(page.getByRole('status').filter({ hasText: /stretches/ })).toHaveText(`Showing ${expected} of ${total} stretches.`)
  })

  test('Start runs the stretch as a guided routine in a dialog, and focus returns afterwards', async ({ page }) => {
    await page.goto(`${harness.url}#/stretches`)
    const start = page.getByRole('button', { name: 'Start Chin tuck' })
    await start.click()
    const dialog = page.getByRole('dialog', { name: 'Chin tuck' })
    await expect(dialog).toBeVisible()
    await expect(dialog.getByTestId('routine-phase')).toBeVisible()
    await expect(dialog.getByRole('status')).toHaveText('Finished — nice work.', { timeout: 10_000 })
    await dialog.getByRole('button', { name: 'Start again' }).click()
    await expect(dialog.getByRole('status')).toHaveText('')
    await page.keyboard.press('Escape')
    await expect(dialog).toHaveCount(0)
    await expect(start).toBeFocused()
  })

  test('shows the weaker and tighter side settings and what they change', async ({ page }) => {
    await invoke(page.request, harness.url, 'settings:update', { body: { weakerSide: 'right', tighterSide: 'left' } })
    await page.goto(`${harness.url}#/stretches`)
    const summary = page.getByRole('region', { name: 'Your sides' })
    await expect(summary).toContainText('One-sided strengthening moves start with your right side; your left side does 1–2 fewer.')
    await expect(summary).toContainText('One-sided stretches start with your left side and give it one extra hold.')
    await summary.getByRole('link', { name: 'Change them in Preferences' }).click()
    await expect(page).toHaveURL(/#\/preferences$/)
    await invoke(page.request, harness.url, 'settings:update', { body: { weakerSide: 'none', tighterSide: 'none' } })
  })

  test('has no serious accessibility violations, with the dialog open too', async ({ page }) => {
    await page.goto(`${harness.url}#/stretches`)
    await expect(page.getByRole('article').first()).toBeVisible()
    await expectNoSeriousA11yViolations(page)
    await page.getByRole('button', { name: 'Start Neck side bend' }).click()
    await expect(page.getByRole('dialog')).toBeVisible()
    await expectNoSeriousA11yViolations(page)
  })

  test('fits a 640 px wide window without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 640, height: 900 })
    await page.goto(`${harness.url}#/stretches`)
    await expect(page.getByRole('article').first()).toBeVisible()
    expect(await horizontalOverflowPx(page)).toBeLessThanOrEqual(0)
  })

  test('screenshots of six drawings: start ghost, end position, side tag and target band', async ({ page }) => {
    await page.setViewportSize({ width: 1100, height: 900 })
    await page.goto(`${harness.url}#/stretches`)
    for (const name of ['Neck side bend', 'Upper trap stretch', 'Wrist flexor stretch', 'Wrist extensor stretch', 'Seated figure-four', 'Bird dog']) {
      const figure = page.getByRole('article', { name }).locator('.stretch-figure svg')
      await expect(figure).toBeVisible()
      await expect(figure.locator('.illustration-start').first()).toBeAttached()
      const id = stretches.find((stretch) => stretch.name === name)?.id ?? name
      await figure.screenshot({ path: screenshotPath(`illustration-${id}.png`) })
    }
  })

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`screenshots in ${colorScheme}`, async ({ page }) => {
      await invoke(page.request, harness.url, 'settings:update', { body: { weakerSide: 'left' } })
      await page.setViewportSize({ width: 1100, height: 900 })
      await page.emulateMedia({ colorScheme })
      await page.goto(`${harness.url}#/stretches`)
      await page.getByRole('button', { name: 'Neck', exact: true }).click()
      await page.getByRole('radio', { name: 'At the desk' }).check()
      await expect(page.getByRole('region', { name: 'Your sides' })).toContainText('left side')
      await page.screenshot({ path: screenshotPath(`stretches-${colorScheme}.png`), fullPage: true })
      await invoke(page.request, harness.url, 'settings:update', { body: { weakerSide: 'none' } })
    })
  }
})

test('screenshot of a guided stretch at normal speed', async ({ page, request }) => {
  const harness = await startHarness()
  try {
    await acknowledgeSafetyNotice(request, harness.url)
    await page.setViewportSize({ width: 1100, height: 800 })
    await page.goto(`${harness.url}#/stretches`)
    await page.getByRole('button', { name: 'Start Neck side bend' }).click()
    const dialog = page.getByRole('dialog', { name: 'Neck side bend' })
    await expect(dialog.getByTestId('routine-phase')).toContainText('Left side: Hold 1 of 2', { timeout: 8_000 })
    await page.screenshot({ path: screenshotPath('stretches-routine-light.png') })
  } finally {
    await harness.stop()
  }
})
