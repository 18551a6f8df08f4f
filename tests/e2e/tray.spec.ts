import { expect, type Page, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './helpers/axe'
import { gotoAndListen } from './helpers/event-stream'
import { useHarness } from './helpers/harness'
import { invoke } from './helpers/invoke'
import { screenshotPath } from './helpers/screenshots'

/*
 * The harness's tray page (#/tray) against the real harness, sped up 60× (one engine minute
 * per real second): the same menu model and actions as the Electron tray, and the harness's
 * stand-in for opening windows ('shell:navigate': the tab goes to break.html or a page).
 */

const trayStatus = (page: Page) => page.locator('#tray-status')

test.describe('tray menu page, sped up', () => {
  const harness = useHarness({ per: 'test', speed: 60, acknowledgeSafetyNotice: true })

  test('is listed in the harness navigation and shows the menu with its disabled items', async ({ page }) => {
    await page.goto(harness.url)
    await page.getByRole('link', { name: 'Tray menu (harness)' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Tray menu' })).toBeVisible()
    await expect(trayStatus(page)).toHaveText(/^Next break in \d+ min$/)
    const menu = page.getByRole('list', { name: 'Tray menu' })
    await expect(menu.getByRole('button', { name: 'Resume', exact: true })).toBeDisabled()
    await expect(menu.getByRole('group', { name: 'Pause' }).getByRole('button')).toHaveText(['30 minutes', '1 hour', 'Until tomorrow', 'Until I resume'])
  })

  test('"Take a break now" opens the break, which runs to its end and returns to Today', async ({ page }) => {
    // Three engine minutes: three seconds here.
    await invoke(page.request, harness.url, 'settings:update', { break: { durationMinutes: 3 } })
    // The tab moves on the harness's 'shell:navigate' push: click once the page's stream is open.
    await gotoAndListen(page, `${harness.url}#/tray`)
    await expect(trayStatus(page)).toHaveText(/^Next break in \d+ min$/)
    await page.getByRole('button', { name: 'Take a break now' }).click()

    await page.waitForURL(/\/break\.html$/)
    expect((await invoke(page.request, harness.url, 'engine:state')).phase).toBe('break')
    await expect(page.getByRole('heading', { level: 1, name: 'Break over — nice work' })).toBeVisible({ timeout: 15_000 })

    await page.waitForURL(/index\.html#\/today$/, { timeout: 10_000 })
    await expect(page.getByText(/^Next break in \d+ minutes$/)).toBeVisible()
    const state = await invoke(page.request, harness.url, 'engine:state')
    expect(state.phase).toBe('active')
    expect(state.nextBreakInSeconds).toBeGreaterThan(40 * 60)
  })

  test('Pause → 30 minutes shows until when; Resume ends it', async ({ page }) => {
    await page.goto(`${harness.url}#/tray`)
    await page.getByRole('group', { name: 'Pause' }).getByRole('button', { name: '30 minutes', exact: true }).click()
    await expect(trayStatus(page)).toHaveText(/^Paused until \d\d:\d\d$/)
    expect((await invoke(page.request, harness.url, 'engine:state')).phase).toBe('paused')
    await expect(page.getByRole('button', { name: 'Posture check now' })).toBeDisabled()
    await page.getByRole('button', { name: 'Resume', exact: true }).click()
    await expect(trayStatus(page)).toHaveText(/^Next break in \d+ min$/)
  })

  test('a pause asked for during a break: Resume is offered once the pause begins, when the break ends', async ({ page }) => {
    // Fifteen engine minutes: fifteen seconds here, time for a loaded machine to open the page
    // and read the menu during the break.
    await invoke(page.request, harness.url, 'settings:update', { break: { durationMinutes: 15 } })
    await invoke(page.request, harness.url, 'break:start')
    await invoke(page.request, harness.url, 'pause:start', { minutes: 30 })
    await page.goto(`${harness.url}#/tray`)
    await expect(trayStatus(page)).toHaveText(/^On a break until \d\d:\d\d, then paused until \d\d:\d\d$/)
    const menu = page.getByRole('list', { name: 'Tray menu' })
    await expect(menu.getByRole('button', { name: 'Resume', exact: true })).toBeDisabled()
    await expect(menu.getByRole('button', { name: 'Posture check now' })).toBeDisabled()

    await expect(trayStatus(page)).toHaveText(/^Paused until \d\d:\d\d$/, { timeout: 25_000 })
    await menu.getByRole('button', { name: 'Resume', exact: true }).click()
    await expect(trayStatus(page)).toHaveText(/^Next break in \d+ min$/)
  })

  test('a page action takes the tab to that page', async ({ page }) => {
    await gotoAndListen(page, `${harness.url}#/tray`)
    await page.getByRole('button', { name: 'Statistics' }).click()
    await expect(page).toHaveURL(/#\/stats$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Statistics' })).toBeVisible()
  })
})

test.describe('tray menu page, real time', () => {
  const harness = useHarness({ per: 'block', acknowledgeSafetyNotice: true })

  test('has no serious accessibility violations; screenshot', async ({ page }) => {
    await page.setViewportSize({ width: 1000, height: 860 })
    await page.emulateMedia({ colorScheme: 'light' })
    await page.goto(`${harness.url}#/tray`)
    await expect(trayStatus(page)).toHaveText('Next break in 50 min')
    await expectNoSeriousA11yViolations(page)
    await page.screenshot({ path: screenshotPath('tray-light.png'), fullPage: true })
  })

  test('works with the keyboard alone', async ({ page }) => {
    await page.goto(`${harness.url}#/tray`)
    await expect(trayStatus(page)).toHaveText('Next break in 50 min')
    const postureButton = page.getByRole('button', { name: 'Posture check now' })
    await postureButton.focus()
    await page.keyboard.press('Shift+Tab')
    await expect(page.getByRole('button', { name: 'Take a break now' })).toBeFocused()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await expect(page.getByRole('button', { name: '30 minutes', exact: true })).toBeFocused()
  })
})
