import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './helpers/axe'
import { useHarness } from './helpers/harness'
import { invoke } from './helpers/invoke'
import { screenshotPath } from './helpers/screenshots'

/*
 * The break window must be read from a step back and never scroll: at the smallest windows
 * people give it and on a 4K screen, in light and dark. Heights are printed for the record.
 */

const sizes = [
  { width: 640, height: 480 },
  { width: 800, height: 600 },
  { width: 1366, height: 768 },
  { width: 3840, height: 2160 }
] as const

const themes = ['light', 'dark'] as const

test.describe('break window layout', () => {
  const harness = useHarness({ per: 'block', acknowledgeSafetyNotice: true })

  test.beforeAll(async ({ request }) => {
    await invoke(request, harness.url, 'break:start')
  })

  for (const theme of themes) {
    for (const size of sizes) {
      test(`fits ${size.width}×${size.height} in ${theme} without scrolling`, async ({ page }) => {
        await invoke(page.request, harness.url, 'settings:update', { app: { theme } })
        await page.setViewportSize(size)
        await page.goto(`${harness.url}break.html`)
        await expect(page.getByTestId('break-countdown')).toBeVisible()
        const heights = await page.evaluate<{ scroll: number; client: number }>(
          '({ scroll: document.documentElement.scrollHeight, client: document.documentElement.clientHeight })'
        )
        console.log(`break window ${size.width}×${size.height} ${theme}: page ${heights.scroll} px in a ${heights.client} px window`)
        expect(heights.scroll).toBeLessThanOrEqual(heights.client)
        if (size.width === 800 && size.height === 600) {
          await expectNoSeriousA11yViolations(page)
          await page.screenshot({ path: screenshotPath(`break-800x600-${theme}.png`) })
        }
      })
    }
  }

  test('the steps and the picture open on request and still fit at 800×600', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 600 })
    await page.goto(`${harness.url}break.html`)
    const details = page.getByRole('button', { name: /Show steps/ })
    await details.click()
    await expect(page.getByRole('list', { name: 'Steps' })).toBeVisible()
    const overflow = await page.evaluate<number>('document.documentElement.scrollHeight - document.documentElement.clientHeight')
    expect(overflow).toBeLessThanOrEqual(0)
    await page.getByRole('button', { name: /Hide steps/ }).click()
    await expect(page.getByRole('list', { name: 'Steps' })).toBeHidden()
  })

  test('cold load: time from navigation to the countdown on screen (printed, not asserted)', async ({ browser }) => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const startedMs = Date.now()
    await page.goto(`${harness.url}break.html`)
    await expect(page.getByTestId('break-countdown')).toBeVisible()
    const countdownMs = Date.now() - startedMs
    const domContentLoadedMs = await page.evaluate<number>(
      "Math.round(performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd)"
    )
    console.log(`break window cold load: DOMContentLoaded ${domContentLoadedMs} ms, countdown visible after ${countdownMs} ms`)
    await context.close()
  })
})
