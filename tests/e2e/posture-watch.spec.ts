import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Browser, chromium, expect, type Page, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './helpers/axe'
import { makeFakeCameraClips, type FakeCameraClips } from './helpers/fake-camera-clips'
import { type Harness, startHarness } from './helpers/harness'
import { acknowledgeSafetyNotice, invoke } from './helpers/invoke'
import { screenshotPath } from './helpers/screenshots'

/*
 * The whole posture watch path in Chromium without a GPU: the real harness, the real models
 * on the WASM backend, and Chromium's fake camera fed from clips made with ffmpeg from a public
 * domain picture. Each clip needs its own browser (the fake camera file is a launch flag), so
 * this spec launches its own, with the project's flags plus the camera ones.
 */

const baseArgs = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run']
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'

function launchWithCamera(clip: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: [
      ...baseArgs,
      '--use-fake-device-for-media-stream',
      // Grants the camera without a prompt, as the user's consent in the page stands for.
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${clip}`
    ]
  })
}

const watchPage = (page: Page) => page.locator('section.posture-watch')

// Ten engine seconds per real second: the default 30 s period checks every 3 s.
const speed = 10

test.describe('posture watch with a fake camera', () => {
  test.describe.configure({ mode: 'serial', timeout: 180_000 })
  let clips: FakeCameraClips
  let harness: Harness
  const browsers: Browser[] = []

  test.beforeAll(async ({ request }) => {
    clips = makeFakeCameraClips()
    // The block runs for minutes at 10×: the default break would fall due 5 real minutes in
    // and take the tab to the break page. Posture cues stay on: the watch looks only while
    // reminders run (with both off the engine's phase is "disabled" and the watch rests).
    harness = await startHarness({ extraArgs: ['--speed', String(speed)], settings: { break: { enabled: false } } })
    await acknowledgeSafetyNotice(request, harness.url)
  })

  test.afterAll(async () => {
    await Promise.all(browsers.map((browser) => browser.close()))
    await harness.stop()
  })

  async function openWatch(clip: string): Promise<Page> {
    const browser = await launchWithCamera(clip)
    browsers.push(browser)
    // A context of its own: axe needs one (browser.newPage() makes a hidden one).
    const page = await (await browser.newContext()).newPage()
    await page.goto(`${harness.url}#/posture-watch`)
    return page
  }

  test('is off until turned on, explains itself before the camera opens, and calibrates on the upright clip', async () => {
    const page = await openWatch(clips.upright)
    await expect(watchPage(page)).toHaveAttribute('data-state', 'off')
    await expect(page.getByText('The camera is not used and no model is loaded.')).toBeVisible()
    expect(await page.evaluate(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/posture-watch/')))).toBe(false)

    await page.getByRole('button', { name: 'Turn on the posture watch' }).click()
    await expect(watchPage(page)).toHaveAttribute('data-phase', 'consent')
    await expect(page.getByText(/none is saved, shown or sent anywhere/)).toBeVisible()
    await expect(page.getByLabel('Camera preview for calibration')).toBeHidden()
    await expectNoSeriousA11yViolations(page)

    await page.getByRole('button', { name: 'Use the camera and calibrate' }).click()
    await expect(watchPage(page)).toHaveAttribute('data-phase', 'calibrating')
    await expect(page.getByLabel('Camera preview for calibration')).toBeVisible()
    await page.getByRole('button', { name: 'Calibrate' }).click()
    await expect(watchPage(page)).toHaveAttribute('data-phase', 'watching', { timeout: 60_000 })
    await expect(watchPage(page)).toHaveAttribute('data-state', 'upright')
    await expect(page.getByLabel('Camera preview for calibration')).toBeHidden()

    // A few checks later the same person, sitting the same way, is still upright.
    await expect(watchPage(page)).not.toHaveAttribute('data-last-check', '', { timeout: 30_000 })
    const firstCheck = await watchPage(page).getAttribute('data-last-check')
    await expect(watchPage(page)).not.toHaveAttribute('data-last-check', firstCheck ?? '', { timeout: 30_000 })
    await expect(watchPage(page)).toHaveAttribute('data-state', 'upright')

    // Posture cues off too (breaks are off here): the watch checks only while a reminder track
    // is on, so it rests and says why; one click turns posture cues back on and the checks go on.
    // (The status is the watch page's own: the shell's notification note is a status too.)
    await invoke(page.request, harness.url, 'settings:update', { posture: { enabled: false } })
    await expect(watchPage(page).getByRole('status')).toHaveText(/^The posture watch is resting: .*Turn one of them on/)
    await expectNoSeriousA11yViolations(page)
    await page.getByRole('button', { name: 'Turn on posture cues' }).click()
    await expect(watchPage(page).getByRole('status')).toHaveText('You are sitting the way you calibrated.')
    expect((await invoke(page.request, harness.url, 'settings:get')).posture.enabled).toBe(true)
    const beforeResting = await watchPage(page).getAttribute('data-last-check')
    await expect(watchPage(page)).not.toHaveAttribute('data-last-check', beforeResting ?? '', { timeout: 30_000 })

    // Paused from the tray: the engine's change is pushed, and the page says why it rests rather
    // than showing the last posture as current; resumed, the posture line is back.
    await invoke(page.request, harness.url, 'tray:action', { action: 'pause-indefinite' })
    await expect(watchPage(page).getByRole('status')).toHaveText('Resting while reminders are paused.')
    await expect(watchPage(page)).toHaveAttribute('data-resting', 'paused')
    await expect(page.getByRole('button', { name: 'Turn on posture cues' })).toBeHidden()
    await invoke(page.request, harness.url, 'tray:action', { action: 'resume' })
    await expect(watchPage(page).getByRole('status')).toHaveText('You are sitting the way you calibrated.')
    await expect(watchPage(page)).toHaveAttribute('data-resting', '')

    // Only the two models the watch uses were loaded, from the app's own origin.
    const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name))
    const assets = fetched.filter((name) => /\.(bin|wasm)$|models\/.*\.json$/.test(name))
    expect(assets.every((name) => name.startsWith(harness.url))).toBe(true)
    expect(assets.filter((name) => name.endsWith('.json')).map((name) => name.split('/').pop()).sort()).toEqual(['blazeface.json', 'movenet-lightning.json'])
    await page.context().browser()?.close()
  })

  test('reports slouching on the clip of the same person lower and closer, and gives a posture cue', async () => {
    const page = await openWatch(clips.slouching)
    // The calibration was kept (numbers only): straight to watching.
    await expect(watchPage(page)).toHaveAttribute('data-phase', 'watching')
    await expect(watchPage(page)).toHaveAttribute('data-state', 'slouching', { timeout: 90_000 })
    await expect(page.getByText(/^Last cue: (You are leaning forward|You are sinking in your seat)/)).toBeVisible()
    // The harness shows the cue as Electron's notification would, over the watch's page.
    await expect(page.getByRole('region', { name: 'Notifications' }).locator('[data-kind="watch"]')).toBeVisible()
    await page.screenshot({ path: screenshotPath('posture-watch.png') })

    const history = readFileSync(join(harness.dataDir, 'history.jsonl'), 'utf8')
    expect(history).toMatch(/"kind":"posture"[^\n]*"source":"watch"/)
    const saved = readFileSync(join(harness.dataDir, 'posture-watch.json'), 'utf8')
    expect(saved).not.toMatch(/data:|base64/)

    // The tray says the watch is on and turns it off in one click.
    const menu = await invoke(page.request, harness.url, 'tray:menu')
    expect(menu.status).toMatch(/posture watch on/)
    await invoke(page.request, harness.url, 'tray:action', { action: 'posture-watch-off' })
    await expect(watchPage(page)).toHaveAttribute('data-state', 'off')
    await expect(page.getByText('The camera is not used and no model is loaded.')).toBeVisible()
  })

  test('without a camera it says so, turns itself off, and the rest of the app goes on', async () => {
    // The project's plain browser: no fake camera, and this machine has none.
    const browser = await chromium.launch({ executablePath, args: baseArgs })
    browsers.push(browser)
    const page = await browser.newPage()
    await page.goto(`${harness.url}#/posture-watch`)
    await page.getByRole('button', { name: 'Turn on the posture watch' }).click()
    await expect(watchPage(page)).toHaveAttribute('data-phase', 'watching')
    await page.getByRole('button', { name: 'Recalibrate' }).click()
    await expect(page.getByRole('alert')).toHaveText(/(No camera was found|not allowed to use the camera)/, { timeout: 30_000 })
    await expect(watchPage(page)).toHaveAttribute('data-state', 'off')
    expect((await invoke(page.request, harness.url, 'settings:get')).postureWatch.enabled).toBe(false)
    expect((await invoke(page.request, harness.url, 'engine:state')).phase).toBe('active')
  })
})
