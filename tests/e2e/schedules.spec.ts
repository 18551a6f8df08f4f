import { expect, test } from '@playwright/test'
import { useHarness } from './helpers/harness'
import { invoke } from './helpers/invoke'
import { openTodayWith } from './helpers/today-paused'

/*
 * Issue 16 in the harness: a clock schedule set in Preferences shows in the preview and on the
 * tray page; the daily-limit reminder appears in the in-page notification tray, sped up 60×.
 */

test.describe('clock-aligned breaks in Preferences and the tray', () => {
  const harness = useHarness({ per: 'test', acknowledgeSafetyNotice: true })

  test('a clock schedule typed in Preferences shows in the preview and the tray says when the next break is', async ({ page }) => {
    await page.goto(`${harness.url}#/preferences`)
    await expect(page.getByRole('heading', { level: 1, name: 'Preferences' })).toBeVisible()
    const schedule = page.getByRole('group', { name: 'Break schedule' })
    await schedule.getByRole('radio', { name: /On the clock/ }).check()
    const minutes = page.getByLabel('Minutes past each hour')
    await minutes.fill('50, 20')
    await minutes.press('Enter')
    await expect(minutes.locator('xpath=ancestor::div[contains(@class,"field")][1]').getByRole('status')).toHaveText('Saved')
    await expect(minutes).toHaveValue('20, 50')

    const preview = page.getByRole('region', { name: 'Your day with these settings' })
    await expect(preview.getByText(/Breaks come at :20, :50 past each hour/)).toBeVisible()
    await preview.getByText(/as a list$/).click()
    // The list follows the saved schedule once the preview has asked main again (debounced).
    const breakTimes = preview.getByRole('listitem').filter({ hasText: /: Break \(/ })
    await expect
      .poll(async () => {
        const lines = await breakTimes.allTextContents()
        return lines.length > 0 && lines.every((line) => /:(20|50)\b/.test(line))
      })
      .toBe(true)

    // A wrong value is explained at the field and not saved.
    await minutes.fill('20, 22')
    await minutes.press('Enter')
    await expect(page.getByRole('alert').filter({ hasText: 'would overlap' })).toContainText('Breaks at :20 and :22 would overlap')
    expect((await invoke(page.request, harness.url, 'settings:get')).break.clockMinutes).toEqual([20, 50])

    await page.goto(`${harness.url}#/tray`)
    await expect(page.locator('#tray-status')).toHaveText(/^Next break at \d{1,2}:(20|50)/)
  })
})

test.describe('the daily limit in the harness, sped up', () => {
  const speed = 60
  const harness = useHarness({ per: 'test', speed, acknowledgeSafetyNotice: true })


  test('the daily-limit notice appears once today’s active time reaches the limit, and closes', async ({ page }) => {
    // Two engine minutes of work (two seconds here); breaks off, so nothing else shows.
    await openTodayWith(page, harness.url, {
      posture: { enabled: true, intervalMinutes: 240 },
      // No interval to fit under: with breaks off the limit stands on its own.
      break: { enabled: false },
      dailyLimit: { enabled: true, minutes: 2, remindMinutes: 5 }
    })
    const notice = page.getByRole('region', { name: 'Notifications' }).locator('[data-kind="dailyLimit"]')
    await expect(notice).toBeVisible({ timeout: 10_000 })
    await expect(notice).toContainText('at the computer today')
    await expect(notice).toContainText('You have reached your daily limit of 2 min.')
    await notice.getByRole('button', { name: 'Close' }).click()
    await expect(notice).toBeHidden()
    // It interrupted nothing: the engine is still counting.
    expect((await invoke(page.request, harness.url, 'engine:state')).phase).toBe('active')
  })
})
