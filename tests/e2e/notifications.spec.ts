import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, type Page, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './helpers/axe'
import { gotoAndListen } from './helpers/event-stream'
import { freshDataDir, startHarness, useHarness } from './helpers/harness'
import { acknowledgeSafetyNotice, invoke } from './helpers/invoke'
import { openTodayWith } from './helpers/today-paused'
import { screenshotPath } from './helpers/screenshots'
import { frameAt } from '../helpers/detected-frame'

/*
 * The harness's stand-in for system notifications: cues, break warnings and gentle breaks
 * appear in the page with the buttons the OS notifications have. Sped up 60× (one engine
 * minute per real second).
 */

const speed = 60

function notification(page: Page, kind: 'posture' | 'warning' | 'gentle' | 'recheck' | 'watch') {
  return page.getByRole('region', { name: 'Notifications' }).locator(`[data-kind="${kind}"]`)
}

test.describe('in-page notifications, sped up', () => {
  const harness = useHarness({ per: 'test', speed, acknowledgeSafetyNotice: true })

  test('a posture cue appears within 2 s of falling due; Done and Dismiss answer it', async ({ page }) => {
    // Six real seconds between cues: with two, the next cue came during the accessibility check and
    // screenshot on a loaded machine, took the place of the one being answered, and stayed.
    const intervalMinutes = 6
    await openTodayWith(page, harness.url, { break: { enabled: false }, posture: { intervalMinutes } })
    const state = await invoke(page.request, harness.url, 'engine:state')
    const dueInMs = ((state.nextPostureInSeconds ?? 0) * 1000) / speed
    const cue = notification(page, 'posture')
    await expect(cue).toBeVisible({ timeout: dueInMs + 2_000 })
    await expect(cue).toContainText('20 seconds')
    await expectNoSeriousA11yViolations(page)
    await page.screenshot({ path: screenshotPath('notification-posture.png') })
    await cue.getByRole('button', { name: 'Done' }).click()
    await expect(cue).toBeHidden()

    // The next cue, an interval later: dismissed this time.
    await expect(cue).toBeVisible({ timeout: (intervalMinutes * 60_000) / speed + 2_000 })
    await cue.getByRole('button', { name: 'Dismiss' }).click()
    await expect(cue).toBeHidden()
    const today = await invoke(page.request, harness.url, 'stats:get', { days: 1 })
    expect(today.today.postureDone).toBeGreaterThanOrEqual(1)
  })

  test('a break warning offers Start now and Postpone; Postpone postpones the break it announced', async ({ page }) => {
    await openTodayWith(page, harness.url, {
      posture: { enabled: false },
      // A ten-minute warning (ten real seconds here), so the note after Postpone stays long enough
      // to be read on a loaded machine; it goes when the next warning comes, which a 20-minute
      // postpone puts ten real seconds after the press (a 12-minute one came after two).
      break: { intervalMinutes: 12, warningSeconds: 600, postponeMinutes: 20, maxPostpones: 2 }
    })
    const warning = notification(page, 'warning')
    await expect(warning).toBeVisible({ timeout: 5_000 })
    await expect(warning.getByRole('heading')).toHaveText('Break in 10 minutes')
    await warning.getByRole('button', { name: 'Postpone' }).click()
    await expect(page.getByText('Break postponed. Today shows when it comes.')).toBeVisible()
    // The break falls due and is postponed at once: the tab stays on Today.
    await expect.poll(async () => (await invoke(page.request, harness.url, 'engine:state')).postponesLeft, { timeout: 15_000 }).toBe(1)
    await expect(page).toHaveURL(/#\/today$/)

    // The postponed break warns again; "Start now" starts it and the break window opens.
    await expect(warning).toBeVisible({ timeout: 20_000 })
    await warning.getByRole('button', { name: 'Start now' }).click()
    await page.waitForURL(/break\.html$/, { timeout: 5_000 })
    await expect(page.getByTestId('break-countdown')).toBeVisible()
  })

  test('a gentle break can be postponed, skipped or opened from its notification, and Today never locks up', async ({ page }) => {
    await openTodayWith(page, harness.url, {
      posture: { enabled: false },
      break: { level: 'gentle', intervalMinutes: 1, warningSeconds: 0, durationMinutes: 30, postponeMinutes: 1, maxPostpones: 1 }
    })
    const gentle = notification(page, 'gentle')
    await expect(gentle).toBeVisible({ timeout: 5_000 })
    await expect(gentle.getByRole('heading')).toHaveText('Time for a break')
    // Today still offers a way out while the break runs.
    const status = page.getByRole('region', { name: 'Right now' })
    await expect(status.getByRole('button', { name: 'Skip' })).toBeEnabled()
    await page.screenshot({ path: screenshotPath('notification-gentle-break.png') })

    await gentle.getByRole('button', { name: 'Postpone' }).click()
    await expect(gentle).toBeHidden()
    expect((await invoke(page.request, harness.url, 'engine:state')).phase).not.toBe('break')

    await expect(gentle).toBeVisible({ timeout: 5_000 })
    await gentle.getByRole('button', { name: 'Skip' }).click()
    await expect(gentle).toBeHidden()
    expect((await invoke(page.request, harness.url, 'engine:state')).phase).not.toBe('break')

    await expect(gentle).toBeVisible({ timeout: 5_000 })
    await gentle.getByRole('button', { name: 'Open the break' }).click()
    await page.waitForURL(/break\.html$/)
    await expect(page.getByTestId('break-countdown')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Skip' })).toBeVisible()
  })
})

test('after the harness stops, pages say "Upright is not running" instead of a fetch error', async ({ page }) => {
  const harness = await startHarness()
  await acknowledgeSafetyNotice(page.request, harness.url)
  await page.goto(`${harness.url}#/today`)
  // The quick actions show once the page has the engine's state: wait for them before the
  // harness goes, or a slow first answer leaves no button to press (seen with 3 workers).
  const postureNow = page.getByRole('button', { name: 'Posture check now' })
  await expect(postureNow).toBeEnabled()
  await harness.stop()
  await postureNow.click()
  await expect(page.getByText('Could not send a posture check: Upright is not running.', { exact: false })).toBeVisible()
  await expect(page.getByText(/Failed to fetch/)).toHaveCount(0)
})

test('a re-check that is due shows its reminder in the page, and Open the checklist goes there', async ({ page }) => {
  const dataDir = freshDataDir()
  const weekMs = 7 * 24 * 60 * 60 * 1000
  // The last pass was five weeks ago; the re-check comes every four.
  const state = {
    checklist: { answers: {}, lastCompletedAtMs: Date.now() - 5 * weekMs },
    onboarding: { safetyAcknowledgedAtMs: Date.now() - 5 * weekMs, checklistWalkthroughDone: true },
    recentExerciseIds: []
  }
  writeFileSync(join(dataDir, 'state.json'), JSON.stringify({ version: 1, state }))
  const harness = await startHarness({ dataDir })
  try {
    await page.goto(`${harness.url}#/today`)
    const recheck = notification(page, 'recheck')
    await expect(recheck.getByRole('heading')).toHaveText('Time to re-check your desk')
    await expectNoSeriousA11yViolations(page)
    await recheck.getByRole('button', { name: 'Open the checklist' }).click()
    await expect(page).toHaveURL(/#\/checklist$/)
    await expect(recheck).toBeHidden()
    // A finished pass makes it no longer due: it does not come back on the next page load.
    await invoke(page.request, harness.url, 'checklist:complete')
    await page.reload()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(recheck).toHaveCount(0)
  } finally {
    await harness.stop()
  }
})

test('a posture-watch cue appears in the page with its own words, and Close closes it', async ({ page }) => {
  const harness = await startHarness()
  try {
    await acknowledgeSafetyNotice(page.request, harness.url)
    // Calibrated through the channels the watch's page uses, before any page opens: no camera here.
    await invoke(page.request, harness.url, 'settings:update', { postureWatch: { enabled: true } })
    await invoke(page.request, harness.url, 'postureWatch:consent')
    await invoke(page.request, harness.url, 'postureWatch:calibrate', { frames: Array.from({ length: 6 }, () => frameAt(0.28, 0.16)) })
    // The watch's cue comes by the page's event stream: report once the page listens.
    await gotoAndListen(page, `${harness.url}#/today`)
    await expect(page.getByRole('region', { name: 'Right now' })).toBeVisible()
    // Leaning in towards the screen, three checks in a row.
    const closer = [frameAt(0.28, 0.22), frameAt(0.28, 0.22), frameAt(0.28, 0.22)]
    for (let check = 0; check < 3; check += 1) await invoke(page.request, harness.url, 'postureWatch:report', { frames: closer })
    const status = await invoke(page.request, harness.url, 'postureWatch:status')
    // Closer to the screen (a bigger face) is leaning forward: the cue says so in the page's language.
    expect(status.lastCueReason).toBe('head-forward')
    const cue = notification(page, 'watch')
    await expect(cue.getByRole('heading')).toHaveText('Posture watch')
    await expect(cue.getByRole('paragraph')).toHaveText('You are leaning forward. Sit back and bring your head over your shoulders.')
    await expectNoSeriousA11yViolations(page)
    await cue.getByRole('button', { name: 'Close' }).click()
    await expect(cue).toBeHidden()
  } finally {
    await harness.stop()
  }
})
