import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, type Page, test } from '@playwright/test'
import { type HistoryEvent, historyEventSchema } from '../../src/shared/history'
import { expectNoSeriousA11yViolations } from './helpers/axe'
import { freshDataDir, type Harness, startHarness } from './helpers/harness'
import { screenshotPath } from './helpers/screenshots'

/*
 * Stats against the real harness with a seeded history.jsonl. Everything runs in UTC (the
 * harness inherits TZ, the browser gets timezoneId), so local days are UTC days and the
 * expected numbers below can be worked out by hand.
 */

const minuteMs = 60_000
const dayMs = 24 * 60 * minuteMs
test.use({ timezoneId: 'UTC' })

interface Seed {
  events: HistoryEvent[]
  todayActiveMinutes: number
}

/**
 * Today (events in the last minutes, so they are today and in the past):
 *   break completed (50 min before), postponed, completed (55), skipped (50), natural (30 before it)
 *   posture done ×3, ignored ×1; `active` record ending now.
 *   → completed 2 of 3 due, 1 postponed, 1 natural; adherence (2+1)/(2+1+1) = 75 %.
 *   → longest stretch: 50, 55, then the skip chains 50 into the natural break's 30 = 80 min.
 * Yesterday: 4 completed, 1 natural (100 %), 240 active minutes; comfort 8; one daily-limit
 *   reminder at 240 minutes (a 4 h limit, off again now: the harness runs with default settings).
 * Two days ago: 1 completed, 2 skipped (33 %); comfort 9. Three days ago: comfort 7, and one gentle
 *   break missed (the chart's missed colour; 0 %).
 *   → streak: today (75 %) does not end it, yesterday counts, two days ago ends it = 1 day.
 *   → comfort alert: the three latest check-in days all averaged ≥ 7.
 * Last 7 days: completed 7, skipped 3, missed 1, postponed 1, natural 2, due 11; adherence 9/13 = 69 %;
 *   daily limit reached on 1 day (the recorded reminder counts though the limit is off now).
 */
function seed(nowMs: number): Seed {
  const todayStart = nowMs - (nowMs % dayMs)
  const minutesSoFar = Math.floor((nowMs - todayStart) / minuteMs)
  // An active record longer than today so far would spill into yesterday.
  const todayActiveMinutes = Math.min(125, minutesSoFar - 1)
  const at = (secondsAgo: number): number => nowMs - secondsAgo * 1000
  const yesterdayNoon = todayStart - dayMs / 2
  const twoDaysAgoNoon = yesterdayNoon - dayMs
  const brk = (atMs: number, outcome: 'completed' | 'skipped' | 'postponed' | 'missed', before: number): HistoryEvent => ({
    kind: 'break',
    atMs,
    outcome,
    plannedSeconds: 300,
    takenSeconds: outcome === 'completed' ? 300 : 0,
    activeMinutesBefore: before
  })
  const events: HistoryEvent[] = [
    { kind: 'comfort', atMs: twoDaysAgoNoon - dayMs, score: 7 },
    brk(twoDaysAgoNoon - dayMs + 60 * minuteMs, 'missed', 50),
    brk(twoDaysAgoNoon, 'completed', 50),
    brk(twoDaysAgoNoon + 60 * minuteMs, 'skipped', 50),
    brk(twoDaysAgoNoon + 120 * minuteMs, 'skipped', 50),
    { kind: 'comfort', atMs: twoDaysAgoNoon + 180 * minuteMs, score: 9 },
    ...[0, 1, 2, 3].map((hour) => brk(yesterdayNoon + hour * 60 * minuteMs, 'completed', 50)),
    { kind: 'natural', atMs: yesterdayNoon + 5 * 60 * minuteMs, awayMinutes: 20, activeMinutesBefore: 40 },
    { kind: 'active', atMs: yesterdayNoon + 6 * 60 * minuteMs, minutes: 240 },
    { kind: 'dailyLimit', atMs: yesterdayNoon + 6 * 60 * minuteMs, activeMinutes: 240 },
    { kind: 'comfort', atMs: yesterdayNoon + 6 * 60 * minuteMs + 1, score: 8 },
    brk(at(50), 'completed', 50),
    { kind: 'posture', atMs: at(45), response: 'done' },
    brk(at(40), 'postponed', 50),
    { kind: 'posture', atMs: at(35), response: 'done' },
    brk(at(30), 'completed', 55),
    { kind: 'posture', atMs: at(25), response: 'ignore' },
    brk(at(20), 'skipped', 50),
    { kind: 'posture', atMs: at(15), response: 'done' },
    { kind: 'natural', atMs: at(10), awayMinutes: 12, activeMinutesBefore: 30 },
    { kind: 'active', atMs: at(5), minutes: todayActiveMinutes }
  ]
  return { events: events.map((event) => historyEventSchema.parse(event)), todayActiveMinutes }
}

function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`
  const rest = minutes % 60
  return rest === 0 ? `${Math.floor(minutes / 60)} h` : `${Math.floor(minutes / 60)} h ${rest} min`
}

let harness: Harness | undefined
let seeded: Seed
let savedTz: string | undefined

test.beforeAll(async () => {
  // The harness's clock starts at noon UTC today (--start), so "today" always has room for the
  // seeded events, whatever time the test runs.
  const realNowMs = Date.now()
  const nowMs = realNowMs - (realNowMs % dayMs) + dayMs / 2
  savedTz = process.env['TZ']
  process.env['TZ'] = 'UTC'
  const dataDir = freshDataDir()
  seeded = seed(nowMs)
  writeFileSync(join(dataDir, 'history.jsonl'), seeded.events.map((event) => `${JSON.stringify(event)}\n`).join(''))
  harness = await startHarness({ dataDir, extraArgs: ['--start', new Date(nowMs).toISOString()] })
})

test.afterAll(async () => {
  await harness?.stop()
  if (savedTz === undefined) delete process.env['TZ']
  else process.env['TZ'] = savedTz
})

async function openStats(page: Page): Promise<void> {
  await page.goto(`${harness?.url ?? ''}#/stats`)
  await expect(page.getByRole('heading', { level: 1, name: 'Statistics' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Today at a glance' })).toBeVisible()
}

test('shows the numbers worked out from the seeded history', async ({ page }) => {
  await openStats(page)
  const tile = (label: string) => page.locator('.glance-tile').filter({ has: page.getByText(label, { exact: true }) })
  await expect(tile('Active time')).toContainText(formatMinutes(seeded.todayActiveMinutes))
  await expect(tile('Breaks completed')).toContainText('2 of 3')
  await expect(tile('Breaks completed')).toContainText('1 postpone along the way')
  await expect(tile('Natural breaks')).toContainText('1')
  await expect(tile('Posture cues')).toContainText('3 done')
  await expect(tile('Posture cues')).toContainText('1 dismissed, 0 unanswered')
  await expect(tile('Longest stretch without a break')).toContainText('1 h 20 min')
  await expect(tile('Streak')).toContainText('1 day')

  await expect(page.locator('.period-summary')).toHaveText(
    `7 of 11 breaks completed, 2 natural breaks, 1 postponed, 3 skipped, 1 missed. 69 % of breaks taken. Active time ${formatMinutes(seeded.todayActiveMinutes + 240)}. Daily limit reached on 1 day.`
  )

  // The chart: 7 days; today one block per break (2 completed, 1 natural, 1 skipped), the postpone a count.
  await expect(page.locator('.chart-day')).toHaveCount(7)
  const today = page.locator('.chart-day').last()
  await expect(today.locator('rect')).toHaveCount(4)
  await expect(today.locator('g[data-kind="completed"]')).toHaveAttribute('data-count', '2')
  await expect(today.locator('g[data-kind="completed"] rect')).toHaveCount(2)
  await expect(today.locator('g[data-kind="skipped"]')).toHaveAttribute('data-count', '1')
  await expect(today.locator('[data-postpones]')).toHaveAttribute('data-postpones', '1')
  // Three days ago: the missed break is a block of its own kind (and colour).
  await expect(page.locator('.chart-day').nth(3).locator('g[data-kind="missed"]')).toHaveAttribute('data-count', '1')

  // The table alternative says the same.
  await page.getByRole('button', { name: 'Show as table' }).click()
  const table = page.getByRole('table', { name: 'Breaks per day over the last 7 days' })
  await expect(table).toBeVisible()
  const cells = (row: number) => table.getByRole('row').nth(row).getByRole('cell')
  // completed, natural, skipped, missed, postponed, share of breaks taken
  await expect(cells(1)).toHaveText(['2', '1', '1', '0', '1', '75 %'])
  await expect(cells(2)).toHaveText(['4', '1', '0', '0', '0', '100 %'])
  await expect(cells(3)).toHaveText(['1', '0', '2', '0', '0', '33 %'])
  await expect(cells(4)).toHaveText(['0', '0', '0', '1', '0', '0 %'])
  await expect(cells(5)).toHaveText(['0', '0', '0', '0', '0', 'no breaks'])

  await page.getByRole('radio', { name: 'Last 30 days' }).check()
  await expect(page.getByRole('heading', { name: 'Last 30 days' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Breaks per day over the last 30 days' }).getByRole('row')).toHaveCount(31)
})

test('exports the history as a CSV download with a header row', async ({ page }) => {
  await openStats(page)
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export history as CSV' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^upright-history.*\.csv$/)
  const text = readFileSync(await download.path(), 'utf8')
  const [header, ...rows] = text.split('\r\n')
  expect(header).toBe(
    'local_time,epoch_ms,kind,response,outcome,planned_seconds,taken_seconds,active_minutes_before,away_minutes,pause_minutes,checklist_ok,checklist_fix,checklist_na,comfort_score,active_minutes,day_active_minutes'
  )
  expect(rows.filter((row) => row !== '').length).toBeGreaterThanOrEqual(seeded.events.length)
  await expect(page.getByRole('status').filter({ hasText: /^Downloaded upright-history.*\.csv\.$/ })).toBeVisible()
})

test('has no serious accessibility violations, chart and table shown', async ({ page }) => {
  await openStats(page)
  await expectNoSeriousA11yViolations(page)
  await page.getByRole('button', { name: 'Show as table' }).click()
  await expectNoSeriousA11yViolations(page)
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`screenshot in ${colorScheme}`, async ({ page }) => {
    // The first-run safety notice sits above every page until acknowledged; show the page itself.
    await page.request.post(`${harness?.url ?? ''}api/invoke/onboarding:update`, {
      headers: { 'content-type': 'application/json' },
      data: { input: { safetyAcknowledgedAtMs: Date.now() } }
    })
    await page.setViewportSize({ width: 1100, height: 900 })
    await page.emulateMedia({ colorScheme })
    await openStats(page)
    await page.screenshot({ path: screenshotPath(`stats-${colorScheme}.png`), fullPage: true })
  })
}

// Last: it adds today's check-in, which the screenshots above should not show yet.
test('shows safety guidance after high check-ins and records a new one', async ({ page }) => {
  await openStats(page)
  const card = page.getByRole('region', { name: 'Comfort check-in' })
  await expect(card.getByRole('note')).toContainText('discomfort has been high for several days')
  await expect(card.getByRole('link', { name: 'When to see a doctor or physical therapist' })).toHaveAttribute('href', '#/safety?tier=professional')
  await expect(card.getByRole('link', { name: 'Signs that need help the same day or sooner' })).toHaveAttribute('href', '#/safety?tier=urgent')

  await card.getByRole('radio', { name: '4', exact: true }).check()
  await card.getByRole('button', { name: 'Save check-in' }).click()
  await expect(card.getByRole('status')).toContainText('4 out of 10')
  // 4 today breaks the run of high days: the stats refetch (history:changed) drops the guidance.
  await expect(card.getByRole('note')).toHaveCount(0)
})

test.describe('without history', () => {
  let empty: Harness
  test.beforeAll(async () => {
    empty = await startHarness()
  })
  test.afterAll(async () => {
    await empty.stop()
  })

  test('explains what will appear', async ({ page }) => {
    await page.goto(`${empty.url}#/stats`)
    await expect(page.getByRole('heading', { name: 'Nothing recorded in the last 7 days yet' })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Comfort check-in' })).toBeVisible()
    await expectNoSeriousA11yViolations(page)
  })
})
