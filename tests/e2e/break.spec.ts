import { expect, type Page, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './helpers/axe'
import { type RunningHarness, useHarness } from './helpers/harness'
import { horizontalOverflowPx } from './helpers/layout'
import { invoke } from './helpers/invoke'
import { screenshotPath } from './helpers/screenshots'
import { englishContent } from '../helpers/english-content'

const { postureCard, stretches } = englishContent
const safetyContent = englishContent.safety

/*
 * The break window against the real harness, sped up 60× (one engine minute per real second)
 * so whole breaks run in seconds. The page counts down at the harness's time scale.
 */

async function waitForBreak(page: Page, harness: RunningHarness): Promise<void> {
  await expect
    .poll(async () => (await invoke(page.request, harness.url, 'engine:state')).phase, { timeout: 15_000 })
    .toBe('break')
}

test.describe('break window, sped up', () => {
  const harness = useHarness({ per: 'test', speed: 60 })

  test('a break runs its routine phase by phase to the end, then returns to Today', async ({ page }) => {
    // Ten engine minutes are ten real seconds: the default five could be over before a page on a
    // loaded machine has shown its first move and the next.
    await invoke(page.request, harness.url, 'settings:update', { break: { durationMinutes: 10 } })
    await invoke(page.request, harness.url, 'break:start')
    await page.goto(`${harness.url}break.html`)
    await expect(page.getByRole('heading', { level: 1, name: 'Time for a break' })).toBeVisible()
    await expect(page.getByText(safetyContent.stopIfItHurts)).toBeVisible()

    const phase = page.getByTestId('routine-phase')
    await expect(phase).toBeVisible()
    const firstLabel = await phase.locator('.routine-phase-label').textContent()
    await expect(phase.locator('.routine-phase-label')).not.toHaveText(firstLabel ?? '', { timeout: 5_000 })
    // One instruction and one large countdown; the break's own time left in the header.
    await expect(page.getByTestId('break-countdown')).toBeVisible()
    await expect(page.getByText(/^\d+:\d\d left$/)).toBeVisible()

    // Ten engine minutes at 60× take about ten seconds.
    await expect(page.getByRole('heading', { level: 1, name: 'Break over — nice work' })).toBeVisible({ timeout: 25_000 })
    const state = await invoke(page.request, harness.url, 'engine:state')
    expect(state.phase).not.toBe('break')
    await expect(page).toHaveURL(/index\.html#\/today$/, { timeout: 6_000 })
  })

  test('Postpone shows the postpones left; Esc postpones while it can, then skips', async ({ page }) => {
    // A due break (not one started by hand) offers postpones. Postponing for 5 engine minutes
    // (5 s here) lets the page return to Today first; the returning break then brings the tab
    // back to break.html by itself, as the harness's stand-in for the break window opening.
    await invoke(page.request, harness.url, 'settings:update', {
      posture: { enabled: false },
      break: { intervalMinutes: 1, warningSeconds: 0, durationMinutes: 30, postponeMinutes: 5, maxPostpones: 2 }
    })

    await waitForBreak(page, harness)
    await page.goto(`${harness.url}break.html`)
    await expect(page.getByRole('button', { name: 'Skip' })).toBeVisible()
    await page.getByRole('button', { name: 'Postpone (2 left)' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Break postponed' })).toBeVisible()
    expect((await invoke(page.request, harness.url, 'engine:state')).postponesLeft).toBe(1)

    await page.waitForURL(/index\.html#\/today$/, { timeout: 10_000 })
    await page.waitForURL(/break\.html$/, { timeout: 15_000 })
    await expect(page.getByRole('button', { name: 'Postpone (1 left)' })).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.getByRole('heading', { level: 1, name: 'Break postponed' })).toBeVisible()

    await page.waitForURL(/index\.html#\/today$/, { timeout: 10_000 })
    await page.waitForURL(/break\.html$/, { timeout: 15_000 })
    await expect(page.getByRole('button', { name: 'Skip' })).toBeVisible()
    await expect(page.getByRole('button', { name: /Postpone/ })).toHaveCount(0)
    await expect(page.getByText('Esc skips')).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.getByRole('heading', { level: 1, name: 'Break skipped' })).toBeVisible()
  })

  test('Skip ends the break at once', async ({ page }) => {
    await invoke(page.request, harness.url, 'settings:update', { break: { durationMinutes: 30 } })
    await invoke(page.request, harness.url, 'break:start')
    await page.goto(`${harness.url}break.html`)
    await page.getByRole('button', { name: 'Skip' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Break skipped' })).toBeVisible()
    expect((await invoke(page.request, harness.url, 'engine:state')).phase).not.toBe('break')
  })

  test('fits a 640 px wide window without sideways scrolling', async ({ page }) => {
    await invoke(page.request, harness.url, 'settings:update', { break: { durationMinutes: 30 } })
    await invoke(page.request, harness.url, 'break:start')
    await page.setViewportSize({ width: 640, height: 800 })
    await page.goto(`${harness.url}break.html`)
    await expect(page.getByTestId('routine-phase')).toBeVisible()
    expect(await horizontalOverflowPx(page)).toBeLessThanOrEqual(0)
  })

  test('asks once about floor exercises in the first long break; yes brings floor moves into the next one', async ({ page }) => {
    await invoke(page.request, harness.url, 'settings:update', { break: { durationMinutes: 30 } })
    await invoke(page.request, harness.url, 'break:start')
    await page.goto(`${harness.url}break.html`)
    const question = page.getByRole('region', { name: 'Floor exercises in long breaks?' })
    await expect(question).toBeVisible()
    const floorIds = new Set(stretches.filter((stretch) => stretch.place === 'floor').map((stretch) => stretch.id))
    const firstRoutine = await invoke(page.request, harness.url, 'routine:forBreak')
    expect(firstRoutine.routine.items.filter((item) => floorIds.has(item.exerciseId))).toEqual([])

    await question.getByRole('button', { name: 'Yes, include floor moves' }).click()
    await expect(question.getByRole('status')).toContainText('next long break')
    expect((await invoke(page.request, harness.url, 'settings:get')).body.floorExercises).toBe('yes')

    await page.getByRole('button', { name: 'Skip' }).click()
    // The page's skip must have reached the harness first: a start that overtakes it is refused
    // ("a break is already showing") and the skip then ends the new break.
    await expect(page.getByRole('heading', { level: 1, name: 'Break skipped' })).toBeVisible()
    await invoke(page.request, harness.url, 'break:start')
    const nextRoutine = await invoke(page.request, harness.url, 'routine:forBreak')
    expect(nextRoutine.routine.items.some((item) => floorIds.has(item.exerciseId))).toBe(true)
    await page.goto(`${harness.url}break.html`)
    await expect(page.getByTestId('routine-phase')).toBeVisible()
    await expect(page.getByRole('region', { name: 'Floor exercises in long breaks?' })).toHaveCount(0)
  })

  test('offers a walk away from the desk instead of the stretches', async ({ page }) => {
    await invoke(page.request, harness.url, 'settings:update', { break: { durationMinutes: 30 } })
    await invoke(page.request, harness.url, 'break:start')
    await page.goto(`${harness.url}break.html`)
    await page.getByRole('button', { name: 'Walk away from the desk' }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Walk away from the desk' })).toBeVisible()
  })

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`break screen: no serious accessibility violations, screenshot in ${colorScheme}`, async ({ page }) => {
      await invoke(page.request, harness.url, 'settings:update', {
        posture: { enabled: false },
        break: { intervalMinutes: 1, warningSeconds: 0, durationMinutes: 60 }
      })
      await waitForBreak(page, harness)
      await page.setViewportSize({ width: 1000, height: 720 })
      await page.emulateMedia({ colorScheme })
      await page.goto(`${harness.url}break.html`)
      await expect(page.getByRole('button', { name: 'Postpone (2 left)' })).toBeVisible()
      await expect(page.getByTestId('routine-phase')).toBeVisible()
      await expectNoSeriousA11yViolations(page)
      await page.screenshot({ path: screenshotPath(`break-${colorScheme}.png`) })
    })
  }
})

test.describe('posture card', () => {
  const harness = useHarness({ per: 'block' })

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`shows the five points and the eye cue; screenshot in ${colorScheme}`, async ({ page }) => {
      await page.setViewportSize({ width: 720, height: 720 })
      await page.emulateMedia({ colorScheme })
      await page.goto(`${harness.url}break.html#/posture`)
      await expect(page.getByRole('heading', { level: 1, name: postureCard.title })).toBeVisible()
      for (const point of postureCard.points) await expect(page.getByText(point.text)).toBeVisible()
      await expect(page.getByRole('heading', { name: 'Rest your eyes' })).toBeVisible()
      await expectNoSeriousA11yViolations(page)
      await page.screenshot({ path: screenshotPath(`posture-${colorScheme}.png`) })
    })
  }

  test('Done records the answer and returns to Today', async ({ page }) => {
    await page.goto(`${harness.url}break.html#/posture`)
    await page.getByRole('button', { name: 'Done' }).click()
    await expect(page.getByRole('status')).toHaveText('Nice — posture checked.')
    await expect(page).toHaveURL(/index\.html#\/today$/, { timeout: 6_000 })
  })

  test('Esc means "Not now"', async ({ page }) => {
    await page.goto(`${harness.url}break.html#/posture`)
    await expect(page.getByRole('button', { name: 'Not now' })).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.getByRole('status')).toHaveText('Okay, maybe next time.')
  })
})

test.describe('break window reloaded mid-break', () => {
  // 10×: a move of the 8-minute break's routine lasts some real seconds, so "resumed" and
  // "started over" differ; the whole break lasts 48 s.
  const harness = useHarness({ per: 'test', speed: 10 })

  /** The routine's "move N of M" under the move's name, as numbers; null when no move shows. */
  async function moveOf(page: Page): Promise<{ number: number; count: number } | null> {
    const text = await page.locator('.break-move-count').textContent({ timeout: 15_000 })
    const match = /move (\d+) of (\d+)/.exec(text ?? '')
    return match ? { number: Number(match[1]), count: Number(match[2]) } : null
  }

  test('picks the routine up at the move current now instead of starting it over', async ({ page }) => {
    await invoke(page.request, harness.url, 'settings:update', { break: { durationMinutes: 8 } })
    await invoke(page.request, harness.url, 'break:start')
    await page.goto(`${harness.url}break.html`)
    await expect(page.getByTestId('routine-phase')).toBeVisible()

    await expect.poll(async () => (await moveOf(page))?.number ?? 0, { timeout: 30_000 }).toBeGreaterThanOrEqual(2)
    const before = await moveOf(page)
    expect(before).not.toBeNull()

    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'Time for a break' })).toBeVisible({ timeout: 15_000 })
    // The break's clock ran on; the routine did too, and it is the same routine (as many moves).
    // Should a very slow reload land after the moves' time, the page has the user look away instead.
    const movesDone = page.getByText('Moves done. To finish:')
    await expect(page.locator('.break-move-count').or(movesDone).first()).toBeVisible({ timeout: 15_000 })
    if (await movesDone.isVisible()) return
    const after = await moveOf(page)
    expect(after?.count).toBe(before?.count)
    expect(after?.number).toBeGreaterThanOrEqual(before?.number ?? Number.POSITIVE_INFINITY)
  })

  test('keeps "Stand up and look away" when the user had chosen it', async ({ page }) => {
    await invoke(page.request, harness.url, 'settings:update', { break: { durationMinutes: 8 } })
    await invoke(page.request, harness.url, 'break:start')
    await page.goto(`${harness.url}break.html`)
    const lookAway = page.getByRole('button', { name: 'Stand up and look away' })
    await lookAway.click()
    await expect(lookAway).toHaveAttribute('aria-pressed', 'true')

    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'Time for a break' })).toBeVisible({ timeout: 15_000 })
    await expect(lookAway).toHaveAttribute('aria-pressed', 'true')
    await expect(page.getByRole('button', { name: 'Guided moves' })).toHaveAttribute('aria-pressed', 'false')
  })
})
