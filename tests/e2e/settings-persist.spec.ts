import { expect, test } from '@playwright/test'
import { freshDataDir, startHarness } from './helpers/harness'

test('a setting changed in the UI survives a harness restart', async ({ page }) => {
  const dataDir = freshDataDir()
  const first = await startHarness({ dataDir })
  try {
    await page.goto(`${first.url}#/preferences`)
    const field = page.getByLabel('Minutes between breaks')
    await expect(field).toHaveValue('50')
    await field.fill('45')
    await field.press('Enter')
    await expect(field).toHaveValue('45')
    // Wait until the server has it, not just the page.
    await expect
      .poll(async () => {
        const response = await page.request.post(`${first.url}api/invoke/settings:get`, {
          headers: { 'content-type': 'application/json' },
          data: {}
        })
        return ((await response.json()) as { value: { break: { intervalMinutes: number } } }).value.break.intervalMinutes
      })
      .toBe(45)
  } finally {
    await first.stop()
  }

  const second = await startHarness({ dataDir })
  try {
    await page.goto(`${second.url}#/preferences`)
    await expect(page.getByLabel('Minutes between breaks')).toHaveValue('45')
  } finally {
    await second.stop()
  }
})

test('an invalid value is explained and not saved', async ({ page }) => {
  const harness = await startHarness()
  try {
    await page.goto(`${harness.url}#/preferences`)
    const field = page.getByLabel('Minutes between breaks')
    await field.fill('0')
    await expect(page.getByRole('alert')).toContainText(/>=\s*1|at least 1|too small/i)
    await field.press('Enter')
    await page.reload()
    await expect(page.getByLabel('Minutes between breaks')).toHaveValue('50')
  } finally {
    await harness.stop()
  }
})
