import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { type HistoryEvent, historyEventSchema } from '../../src/shared/history'
import { type Harness, startHarness } from './helpers/harness'
import { acknowledgeSafetyNotice, invoke } from './helpers/invoke'

/*
 * DESIGN.md §3 "What is recorded is what happened", in the real harness at speed. The harness
 * cannot see system-wide input and takes the user as present (idle 0), which is exactly the
 * user who works through a gentle break nobody opened.
 */

test.use({ timezoneId: 'UTC' })

let harness: Harness | null = null

async function start(speed: number): Promise<Harness> {
  harness = await startHarness({ extraArgs: ['--speed', String(speed)] })
  return harness
}

test.afterEach(async () => {
  await harness?.stop()
  harness = null
})

/** The history the harness wrote, read after it stopped (quit flushes what is in memory). */
async function stopAndReadHistory(running: Harness): Promise<HistoryEvent[]> {
  await running.stop()
  harness = null
  return readFileSync(join(running.dataDir, 'history.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => historyEventSchema.parse(JSON.parse(line)))
}

test('active time is counted before the first break, on Today and Statistics', async ({ page, request }) => {
  // 60 app seconds per second: the first break is 50 s away, posture 20 s.
  const running = await start(60)
  await acknowledgeSafetyNotice(request, running.url)
  await invoke(request, running.url, 'settings:update', { posture: { enabled: false } })
  await page.goto(`${running.url}#/today`)
  const active = page.locator('.today-totals > div').filter({ hasText: 'Active time' }).locator('.today-total')
  // Nothing has been written to the history yet; the running stretch is what shows.
  await expect(active).not.toHaveText('0 min', { timeout: 15_000 })
  const stats = await invoke(request, running.url, 'stats:get', { days: 1 })
  expect(stats.today.activeMinutes).toBeGreaterThan(0)
  expect(stats.today.breaksDue).toBe(0)
  await page.goto(`${running.url}#/stats`)
  const tile = page.locator('.glance-tile').filter({ has: page.getByText('Active time', { exact: true }) })
  await expect(tile.locator('.glance-value')).not.toHaveText('0 min')
})

test('posture cues nobody answered are recorded as unanswered, never done', async ({ request }) => {
  // 30 app seconds per second: a cue every 2 s with a 1-minute interval.
  const running = await start(30)
  await acknowledgeSafetyNotice(request, running.url)
  await invoke(request, running.url, 'settings:update', { posture: { intervalMinutes: 1 }, break: { enabled: false } })
  // Answer one cue explicitly; leave the others alone.
  await expect.poll(async () => (await invoke(request, running.url, 'engine:state')).nextPostureInSeconds ?? 0, { timeout: 10_000 }).toBeGreaterThan(0)
  await new Promise((resolve) => setTimeout(resolve, 2_500))
  await invoke(request, running.url, 'posture:respond', { response: 'done' })
  await new Promise((resolve) => setTimeout(resolve, 5_000))
  const stats = await invoke(request, running.url, 'stats:get', { days: 1 })
  expect(stats.today.postureUnanswered).toBeGreaterThanOrEqual(1)
  expect(stats.today.postureDone).toBeLessThanOrEqual(1)
  const responses = (await stopAndReadHistory(running)).flatMap((event) => (event.kind === 'posture' ? [event.response] : []))
  expect(responses.filter((response) => response === 'done').length).toBeLessThanOrEqual(1)
  expect(responses.filter((response) => response === 'unanswered').length).toBeGreaterThanOrEqual(2)
})

test('an unattended gentle break is missed, not taken, and the chart shows it', async ({ page, request }) => {
  // 60 app seconds per second: a 1-minute interval and a 15-second break take about 1.3 s.
  const running = await start(60)
  await acknowledgeSafetyNotice(request, running.url)
  await invoke(request, running.url, 'settings:update', {
    posture: { enabled: false },
    break: { level: 'gentle', intervalMinutes: 1, durationMinutes: 0.25, warningSeconds: 0 }
  })
  await expect
    .poll(async () => (await invoke(request, running.url, 'stats:get', { days: 1 })).today.breaksMissed, { timeout: 15_000 })
    .toBeGreaterThanOrEqual(1)
  const stats = await invoke(request, running.url, 'stats:get', { days: 1 })
  expect(stats.today.breaksCompleted).toBe(0)
  expect(stats.today.adherencePercent).toBe(0)
  await page.goto(`${running.url}#/stats`)
  await expect(page.locator('.chart-day').last().locator('g[data-kind="missed"] rect').first()).toBeVisible()
  await expect(page.locator('.glance-tile').filter({ hasText: 'Breaks completed' })).toContainText('missed')
  const outcomes = (await stopAndReadHistory(running)).flatMap((event) => (event.kind === 'break' ? [event.outcome] : []))
  expect(outcomes.length).toBeGreaterThanOrEqual(1)
  // Every break nobody opened was missed; only one still showing when the harness stopped is
  // recorded as skipped (quitting during a break skips it).
  expect(new Set(outcomes.slice(0, -1))).toEqual(new Set(outcomes.length > 1 ? ['missed'] : []))
  expect(['missed', 'skipped']).toContain(outcomes.at(-1))
  expect(outcomes).toContain('missed')
})

test('postpone from the warning works in the harness and survives a restart', async ({ request }) => {
  // 20× with a 3-minute warning: the warning lasts 9 s of real time, so the request lands in it.
  const running = await start(20)
  await acknowledgeSafetyNotice(request, running.url)
  await invoke(request, running.url, 'settings:update', { posture: { enabled: false }, break: { intervalMinutes: 4, warningSeconds: 180 } })
  await expect.poll(async () => (await invoke(request, running.url, 'engine:state')).phase, { timeout: 15_000 }).toBe('warning')
  await invoke(request, running.url, 'break:postponeFromWarning')
  expect(await invoke(request, running.url, 'engine:state')).toMatchObject({ phase: 'active', postponesLeft: 1 })
  const dataDir = running.dataDir
  await running.stop()
  harness = await startHarness({ dataDir, extraArgs: ['--speed', '20'] })
  // The postpone used is remembered: one left.
  expect(await invoke(request, harness.url, 'engine:state')).toMatchObject({ postponesLeft: 1 })
})
