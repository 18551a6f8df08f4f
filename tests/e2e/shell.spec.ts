import { expect, test } from '@playwright/test'
import { useHarness } from './helpers/harness'
import { acknowledgeSafetyNotice } from './helpers/invoke'

const harness = useHarness({ per: 'block' })

const pages = [
  { route: 'today', heading: 'Today' },
  { route: 'checklist', heading: 'Workstation checklist' },
  { route: 'stretches', heading: 'Stretches' },
  { route: 'stats', heading: 'Statistics' },
  { route: 'preferences', heading: 'Preferences' },
  { route: 'safety', heading: 'Safety' }
]

// Each page's own spec checks it with axe (and the language specs again in German and the
// pseudo-locale); here every page must load from the sidebar's address without an error.
test('every page loads from its address with no errors in the console', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  for (const { route, heading } of pages) {
    await page.goto(`${harness.url}#/${route}`)
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    await expect(page.getByRole('link', { name: heading })).toHaveAttribute('aria-current', 'page')
  }
  expect(errors).toEqual([])
})

test('the sidebar is usable with the keyboard alone', async ({ page, request }) => {
  await acknowledgeSafetyNotice(request, harness.url)
  await page.goto(harness.url)
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
  await page.keyboard.press('Tab') // skip link
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Workstation checklist' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Workstation checklist' })).toBeVisible()
})

test('the current (bold) item of the sidebar stays on one line inside its highlight, wide and narrow', async ({ page }) => {
  const allPages = [...pages, { route: 'tray', heading: 'Tray menu (harness)' }, { route: 'posture-watch', heading: 'Posture watch (harness)' }]
  for (const size of [{ width: 1366, height: 768 }, { width: 800, height: 600 }, { width: 640, height: 480 }]) {
    await page.setViewportSize(size)
    for (const { route, heading } of allPages) {
      await page.goto(`${harness.url}#/${route}`)
      const link = page.getByRole('link', { name: heading })
      await expect(link).toHaveAttribute('aria-current', 'page')
      // A string, because e2e code has no DOM types: the link's text height in lines.
      const lines = await page.evaluate<number>(
        `(() => { const a = document.querySelector('.sidebar a[aria-current="page"]'); const s = getComputedStyle(a);
          return Math.round((a.clientHeight - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom)) / parseFloat(s.lineHeight)) })()`
      )
      expect(lines, `${heading} at ${size.width}×${size.height}`).toBe(1)
      // The bold label fits inside its highlight (it overflowed it with the longest label).
      const overflowPx = await page.evaluate<number>(
        `(() => { const a = document.querySelector('.sidebar a[aria-current="page"]'); return a.scrollWidth - a.clientWidth })()`
      )
      expect(overflowPx, `${heading} at ${size.width}×${size.height}`).toBe(0)
    }
  }
})
