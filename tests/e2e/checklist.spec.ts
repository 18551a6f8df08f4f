import { expect, type Locator, type Page, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './helpers/axe'
import { useHarness } from './helpers/harness'
import { horizontalOverflowPx } from './helpers/layout'
import { invoke } from './helpers/invoke'
import { screenshotPath } from './helpers/screenshots'
import { englishContent } from '../helpers/english-content'

const { checklistItems } = englishContent

const total = checklistItems.length

function item(id: string) {
  const found = checklistItems.find((candidate) => candidate.id === id)
  if (!found) throw new Error(`no checklist item ${id}`)
  return found
}

/**
 * The radios are controlled by the saved answer, so they change once the save answers: click,
 * then wait for the state (locator.check() gives up if it has not changed at once).
 */
async function choose(radio: Locator): Promise<void> {
  await radio.click()
  await expect(radio).toBeChecked()
}

function answerGroup(page: Page, id: string) {
  return page.getByRole('group', { name: `Your answer for “${item(id).title}”` })
}

test.describe('workstation checklist', () => {
  const harness = useHarness({ per: 'test', acknowledgeSafetyNotice: true })

  test('answers are saved, scored and kept across a reload; Finish records the check', async ({ page }) => {
    await page.goto(`${harness.url}#/checklist`)
    await page.getByRole('button', { name: 'Show the full list' }).click()
    const score = page.getByTestId('checklist-score')
    await expect(score).toHaveText(`0 of ${total} OK`)

    await choose(answerGroup(page, 'screen-height').getByRole('radio', { name: 'OK' }))
    await choose(answerGroup(page, 'glare').getByRole('radio', { name: 'Needs fixing' }))
    await choose(answerGroup(page, 'bifocals').getByRole('radio', { name: 'Not applicable' }))
    await choose(answerGroup(page, 'seat-height').getByRole('radio', { name: 'OK' }))
    await expect(score).toHaveText(`2 of ${total - 1} OK`)

    const summary = page.getByRole('region', { name: 'Your score' })
    await summary.getByRole('button', { name: item('glare').title }).click()
    await expect(page.getByRole('heading', { level: 3, name: item('glare').title })).toBeFocused()

    await page.getByRole('button', { name: 'Finish check' }).first().click()
    await expect(page.getByText(/^Last checked on .*; next check in 4 weeks\.$/)).toBeVisible()
    const stored = await invoke(page.request, harness.url, 'checklist:get')
    expect(stored.answers).toEqual({ 'screen-height': 'ok', glare: 'fix', bifocals: 'na', 'seat-height': 'ok' })
    expect(stored.lastCompletedAtMs).not.toBeNull()

    await page.reload()
    await expect(page.getByTestId('checklist-score')).toHaveText(`2 of ${total - 1} OK`)
    await expect(answerGroup(page, 'glare').getByRole('radio', { name: 'Needs fixing' })).toBeChecked()
    await expect(answerGroup(page, 'bifocals').getByRole('radio', { name: 'Not applicable' })).toBeChecked()
    await expect(page.getByText(/^Last checked on/)).toBeVisible()
    // The finished state survives a reload: nothing left saying "Finish check".
    await expect(page.getByRole('button', { name: 'Finish check' })).toHaveCount(0)
    await expect(page.getByText('✓ Check finished').first()).toBeVisible()
    await expect(page.getByRole('button', { name: 'Start guided check' })).toHaveCount(0)
  })

  test('the first-run walkthrough goes one item at a time with the keyboard and ends the check', async ({ page }) => {
    await page.goto(`${harness.url}#/checklist`)
    await page.getByRole('button', { name: 'Start guided check' }).focus()
    await page.keyboard.press('Enter')
    await expect(page.getByText(`1 of ${total}`)).toBeVisible()

    // Answer with the keyboard: Space picks the focused answer, arrow keys move within the group.
    const firstOk = page.getByRole('radio', { name: 'OK' })
    await firstOk.focus()
    await page.keyboard.press('Space')
    await expect(firstOk).toBeChecked()
    await page.keyboard.press('ArrowRight')
    await expect(page.getByRole('radio', { name: 'Needs fixing' })).toBeChecked()

    await page.getByRole('button', { name: 'Next' }).click()
    await expect(page.getByText(`2 of ${total}`)).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: checklistItems[1]?.title ?? '' })).toBeFocused()
    await expectNoSeriousA11yViolations(page)

    for (let step = 2; step < total; step += 1) await page.getByRole('button', { name: 'Next' }).click()
    await expect(page.getByText(`${total} of ${total}`)).toBeVisible()
    await page.getByRole('button', { name: 'Finish check' }).click()
    await expect(page.getByText(/^Last checked on/)).toBeVisible()
    await expect(page.getByTestId('checklist-score')).toHaveText(`0 of ${total} OK`)
    const onboarding = await invoke(page.request, harness.url, 'onboarding:get')
    expect(onboarding.checklistWalkthroughDone).toBe(true)
  })

  test('has no serious accessibility violations', async ({ page }) => {
    await page.goto(`${harness.url}#/checklist`)
    await expect(page.getByRole('button', { name: 'Start guided check' })).toBeVisible()
    await expectNoSeriousA11yViolations(page)
    await page.getByRole('button', { name: 'Show the full list' }).click()
    await choose(answerGroup(page, 'glare').getByRole('radio', { name: 'Needs fixing' }))
    await expectNoSeriousA11yViolations(page)
    await page.emulateMedia({ colorScheme: 'dark' })
    await expectNoSeriousA11yViolations(page)
  })

  test('fits a 640 px wide window without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 640, height: 900 })
    await page.goto(`${harness.url}#/checklist`)
    await page.getByRole('button', { name: 'Show the full list' }).click()
    await expect(page.getByTestId('checklist-score')).toBeVisible()
    expect(await horizontalOverflowPx(page)).toBeLessThanOrEqual(0)
  })

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`screenshot in ${colorScheme}`, async ({ page }) => {
      const answers = { 'screen-height': 'ok', 'screen-angle': 'ok', 'screen-distance': 'ok', glare: 'fix', bifocals: 'na' } as const
      for (const [id, status] of Object.entries(answers)) await invoke(page.request, harness.url, 'checklist:answer', { id, status })
      await invoke(page.request, harness.url, 'onboarding:update', { checklistWalkthroughDone: true })
      await page.setViewportSize({ width: 1100, height: 900 })
      await page.emulateMedia({ colorScheme })
      await page.goto(`${harness.url}#/checklist`)
      await expect(page.getByTestId('checklist-score')).toHaveText(`3 of ${total - 1} OK`)
      await page.screenshot({ path: screenshotPath(`checklist-${colorScheme}.png`), fullPage: true })
    })
  }

  test('screenshot of the guided walkthrough', async ({ page }) => {
    await page.setViewportSize({ width: 1100, height: 760 })
    await page.goto(`${harness.url}#/checklist`)
    await page.getByRole('button', { name: 'Start guided check' }).click()
    await page.getByRole('button', { name: 'Next' }).click()
    await page.getByRole('button', { name: 'Next' }).click()
    await choose(page.getByRole('radio', { name: 'OK' }))
    await page.screenshot({ path: screenshotPath('checklist-walkthrough-light.png') })
  })
})
