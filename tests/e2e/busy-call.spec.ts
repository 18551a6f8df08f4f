import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { get } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, type Page, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './helpers/axe'
import { type Harness, startHarness } from './helpers/harness'
import { acknowledgeSafetyNotice, invoke } from './helpers/invoke'
import { openTodayPaused } from './helpers/today-paused'
import type { SettingsPatch } from '../../src/shared/settings'

/*
 * "Never interrupt a call" in the harness: the desktop app's real Linux call probes read fixture
 * files given with --busy-proc (a /proc-shaped folder: a process holding /dev/video0 is a call)
 * and --busy-pactl (what `pactl -f json list source-outputs` would print), at every look, so a
 * test starts and ends a call by rewriting them while the harness runs. Sped up 60× (one engine
 * minute per real second) unless a test says otherwise.
 */

/** Above Linux's largest pid (2^22), so no real process of this machine can share it. */
const CALL_PID = 4_194_400

interface CallFixtures {
  procRoot: string
  pactlFile: string
  startCameraCall(): void
  endCameraCall(): void
  writePactl(text: string): void
}

/** Fixture folders to remove after each test. */
const fixtureDirs: string[] = []

function callFixtures(): CallFixtures {
  const dir = mkdtempSync(join(tmpdir(), 'upright-busy-'))
  fixtureDirs.push(dir)
  const procRoot = join(dir, 'proc')
  const fdDir = join(procRoot, String(CALL_PID), 'fd')
  mkdirSync(fdDir, { recursive: true })
  writeFileSync(join(procRoot, String(CALL_PID), 'stat'), `${CALL_PID} (zoom) S 1 ${CALL_PID} 0 0 0 -1 4194560 0 0 0 0 0 0 0 0 20 0 1 0 100 0 0\n`)
  symlinkSync('/dev/null', join(fdDir, '0'))
  const pactlFile = join(dir, 'source-outputs.json')
  writeFileSync(pactlFile, '[]\n')
  return {
    procRoot,
    pactlFile,
    startCameraCall: () => {
      symlinkSync('/dev/video0', join(fdDir, '3'))
    },
    endCameraCall: () => {
      rmSync(join(fdDir, '3'))
    },
    writePactl: (text) => {
      writeFileSync(pactlFile, text)
    }
  }
}

async function startWithFixtures(fixtures: CallFixtures, speed: number, extraArgs: string[] = []): Promise<Harness> {
  return startHarness({
    // Both reminders off until the test, paused, turns on what it sets: at 60–1200× the default
    // break would fall due before then.
    settings: { posture: { enabled: false }, break: { enabled: false } },
    extraArgs: ['--speed', String(speed), '--busy-proc', fixtures.procRoot, '--busy-pactl', fixtures.pactlFile, ...extraArgs]
  })
}

/** Today, paused, with the reminders the test sets turned on (the data folder starts with both off). */
async function openTodayWith(page: Page, url: string, settings: SettingsPatch): Promise<void> {
  await acknowledgeSafetyNotice(page.request, url)
  await openTodayPaused(page, url, { ...settings, break: { enabled: true, ...settings.break }, posture: { enabled: true, ...settings.posture } })
}

/**
 * The posture cues' `silent` flags, from the event stream the harness's pages (and so its
 * in-page notifications) read.
 */
function recordCues(url: string): { cues: boolean[]; stop(): void } {
  const cues: boolean[] = []
  const request = get(`${url}api/events`, (response) => {
    let buffer = ''
    response.setEncoding('utf8')
    response.on('data', (chunk: string) => {
      buffer += chunk
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const [name, data] = buffer.slice(0, end).split('\n')
        buffer = buffer.slice(end + 2)
        if (name !== 'event: engine:event' || !data?.startsWith('data: ')) continue
        const event = JSON.parse(data.slice('data: '.length)) as { kind: string; silent?: boolean }
        if (event.kind === 'posture') cues.push(event.silent === true)
      }
    })
  })
  request.on('error', () => undefined)
  return { cues, stop: () => request.destroy() }
}

const phase = async (page: Page, url: string): Promise<string> => (await invoke(page.request, url, 'engine:state')).phase

test.describe('busy detection over fixtures, sped up', () => {
  let harness: Harness | null = null
  test.afterEach(async () => {
    await harness?.stop()
    harness = null
    for (const dir of fixtureDirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })

  test('a due break waits through a camera call, cues stay silent, and the break shows one quiet minute after the call', async ({ page, context }) => {
    const fixtures = callFixtures()
    fixtures.startCameraCall()
    harness = await startWithFixtures(fixtures, 60)
    const { url } = harness
    // A five-minute break (five real seconds), so the tray can still be read while it runs on a loaded machine.
    await openTodayWith(page, url, { break: { intervalMinutes: 6, durationMinutes: 5, warningSeconds: 0 }, posture: { intervalMinutes: 2 } })
    const cues = recordCues(url)
    await invoke(page.request, url, 'pause:resume')

    // The break falls due at engine minute 6 and waits; the tray says why.
    await expect.poll(() => phase(page, url), { timeout: 15_000 }).toBe('waiting')
    const tray = await context.newPage()
    await tray.goto(`${url}#/tray`)
    await expect(tray.locator('#tray-status')).toHaveText("Waiting: you're in a call")
    // Three engine minutes on: still waiting, no break page, and the cues came silent, none shown.
    await page.waitForTimeout(3_000)
    expect(await phase(page, url)).toBe('waiting')
    await expect(page).toHaveURL(/#\/today$/)
    cues.stop()
    expect(cues.cues.length).toBeGreaterThanOrEqual(1)
    expect(cues.cues).not.toContain(false)
    await expect(page.getByRole('region', { name: 'Notifications' }).locator('[data-kind="posture"]')).toHaveCount(0)

    // The call ends: the break shows after one quiet minute (a quiet look, then another a minute on), not before.
    const endedAtWallMs = (await invoke(page.request, url, 'engine:state')).nowWallMs
    fixtures.endCameraCall()
    await page.waitForURL(/\/break\.html$/, { timeout: 15_000 })
    // Read together, so the tray's line and the phase describe the same moment.
    const [onBreak, trayMenu] = await Promise.all([invoke(page.request, url, 'engine:state'), invoke(page.request, url, 'tray:menu')])
    expect(onBreak.phase).toBe('break')
    const breakStartWallMs = (onBreak.breakEndsAtWallMs ?? 0) - 5 * 60_000
    expect(breakStartWallMs - endedAtWallMs).toBeGreaterThanOrEqual(60_000)
    expect(breakStartWallMs - endedAtWallMs).toBeLessThan(4 * 60_000)
    // Every tab goes to the break (the harness's break window), the tray tab too; the tray's model says it.
    expect(trayMenu.status).toMatch(/^On a break until \d\d:\d\d$/)
    expect(harness.output()).not.toMatch(/turned off/)
  })

  test('a microphone call from pactl holds the break; a malformed pactl answer turns that probe off with one notice and the app goes on', async ({ page }) => {
    const fixtures = callFixtures()
    // Firefox recording from the microphone (a non-monitor source), among monitor and corked streams.
    copyFileSync('tests/fixtures/busy/pactl-source-outputs.json', fixtures.pactlFile)
    harness = await startWithFixtures(fixtures, 60, ['--busy-pactl-sources', 'tests/fixtures/busy/pactl-sources.json'])
    const { url } = harness
    await openTodayWith(page, url, { break: { intervalMinutes: 3, durationMinutes: 2, warningSeconds: 0 }, posture: { enabled: false } })
    await invoke(page.request, url, 'pause:resume')
    await expect.poll(() => phase(page, url), { timeout: 15_000 }).toBe('waiting')
    expect((await invoke(page.request, url, 'tray:menu')).status).toBe("Waiting: you're in a call")

    // pactl starts printing something its parser does not understand: the probe turns off at once.
    fixtures.writePactl('{"index": 80, "properties":')
    await page.waitForURL(/\/break\.html$/, { timeout: 15_000 })
    expect(await phase(page, url)).toBe('break')
    // This break is the test's only one: with the 3-minute interval the next would be due three
    // real seconds after it ends and take the tab from Preferences mid-check (it did, under load).
    // Breaks stay on, so the probes go on looking and a second "turned off" could still show.
    await invoke(page.request, url, 'settings:update', { break: { intervalMinutes: 240 } })
    expect(harness.output().match(/turned off/g)).toHaveLength(1)
    expect(harness.output()).toMatch(/Upright: Microphone \(pactl source-outputs\) turned off: /)

    // Preferences says so; the camera is still watched, and what the harness cannot see is named.
    await page.goto(`${url}#/preferences`)
    const list = page.getByRole('list', { name: 'What Upright can notice on this computer' })
    await expect(list.getByRole('listitem').filter({ hasText: 'Microphone in use by another app' })).toContainText('turned off — Turned off:')
    await expect(list.getByRole('listitem').filter({ hasText: 'Camera in use by another app' })).toContainText('noticed — /proc, /dev/video*')
    await expect(list.getByRole('listitem').filter({ hasText: 'Do Not Disturb' })).toContainText('not noticed here — Not watched here: the web harness watches only the fixture files')
    await page.waitForTimeout(2_000)
    expect(harness.output().match(/turned off/g)).toHaveLength(1)
  })

  test('a break held two hours is never forced, and the tray and the app say once what holds it', async ({ page, context }) => {
    const fixtures = callFixtures()
    fixtures.startCameraCall()
    // 1200×: two engine hours in six real seconds. The break falls due an engine hour (three real
    // seconds) after the resume, as the probes' first look is the one the resume brings: on a
    // loaded machine it answered up to 1.5 s later, after a 10-minute interval's break was due.
    harness = await startWithFixtures(fixtures, 1200)
    const { url } = harness
    await openTodayWith(page, url, { break: { intervalMinutes: 60, durationMinutes: 5, warningSeconds: 0 }, posture: { enabled: false } })
    await invoke(page.request, url, 'pause:resume')
    const tray = await context.newPage()
    await tray.goto(`${url}#/tray`)
    await expect(tray.locator('#tray-status')).toHaveText("Waiting: you're in a call", { timeout: 10_000 })
    const heldLine = 'Break held over 2 hours: another app is using the camera'
    await expect(tray.getByText(heldLine)).toBeVisible({ timeout: 20_000 })
    await expectNoSeriousA11yViolations(tray)
    const notice = page.getByRole('alert').filter({ hasText: 'A break has waited over 2 hours because another app is using the camera.' })
    await expect(notice).toBeVisible()
    await expect(notice).toContainText('turn off “Hold breaks during meetings and fullscreen apps” in Preferences')
    expect(await phase(page, url)).toBe('waiting')
    // Once: another engine hour adds nothing.
    await page.waitForTimeout(3_000)
    expect((await invoke(page.request, url, 'notice:get')).messages.filter((notice) => notice.key === 'busy.longHold.camera')).toHaveLength(1)

    fixtures.endCameraCall()
    await page.waitForURL(/\/break\.html$/, { timeout: 10_000 })
    // (A five-minute break lasts a quarter of a second here: it may be over already.)
    const menu = await invoke(page.request, url, 'tray:menu')
    expect(menu.status).not.toMatch(/^Waiting/)
    expect(menu.items.filter((item) => item.type === 'status').map((item) => item.label)).not.toContain(heldLine)
  })
})

test.describe('busy fixture options', () => {
  test('a path that is not there stops the harness with one clear line and exit 2', () => {
    const result = spawnSync(process.execPath, ['out/web/cli.mjs', '--busy-proc', 'tests/fixtures/busy/no-such-proc'], {
      encoding: 'utf8',
      env: { ...process.env, PORT: '0' }
    })
    expect(result.status).toBe(2)
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^Upright web harness: --busy-proc must name an existing folder, got "tests\/fixtures\/busy\/no-such-proc" \(ENOENT/)
    ])
  })
})
