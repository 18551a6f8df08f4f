/*
 * A simulated year of Upright history: how big history.jsonl gets, how long opening
 * (read + compaction) and reading take, and how long the 30-day stats take.
 * Run: npx tsx bench/history-year.ts  → one JSON object on stdout.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { performance } from 'node:perf_hooks'
import { DateTime } from 'luxon'
import { confStorage } from '../src/app/storage/conf-storage'
import { historyFileName, openHistoryLog, serializeHistoryEvent } from '../src/core/history'
import { computeStats } from '../src/core/stats'
import type { HistoryEvent } from '../src/shared/history'

const timeZone = 'America/New_York'
// The year ends today at 17:30, so the stats page (which shows the days up to now) has data.
const nowMs = DateTime.now().setZone(timeZone).set({ hour: 17, minute: 30, second: 0, millisecond: 0 }).toMillis()
const minuteMs = 60_000
const warmRuns = 5

/** mulberry32: a fixed seed makes every run measure the same file. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let mixed = Math.imul(state ^ (state >>> 15), state | 1)
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61)
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** A desk session: 50-minute break cycles with two posture cues each, now and then a long lunch away. */
function simulateSession(startMs: number, hours: number, random: () => number, out: HistoryEvent[]): void {
  const endMs = startMs + Math.round(hours * 60) * minuteMs
  let atMs = startMs
  while (atMs < endMs) {
    for (const offsetMinutes of [20, 40]) {
      const roll = random()
      out.push({ kind: 'posture', atMs: atMs + offsetMinutes * minuteMs, response: roll < 0.75 ? 'done' : roll < 0.95 ? 'ignore' : 'silent' })
    }
    if (random() < 0.1) {
      const activeMinutesBefore = 30 + Math.floor(random() * 20)
      const awayMinutes = 30 + Math.floor(random() * 30)
      atMs += (activeMinutesBefore + awayMinutes) * minuteMs
      out.push({ kind: 'natural', atMs, awayMinutes, activeMinutesBefore })
      out.push({ kind: 'active', atMs, minutes: activeMinutesBefore })
      continue
    }
    let activeMinutesBefore = 50
    atMs += 50 * minuteMs
    if (random() < 0.2) {
      out.push({ kind: 'break', atMs, outcome: 'postponed', plannedSeconds: 300, takenSeconds: 0, activeMinutesBefore })
      activeMinutesBefore += 5
      atMs += 5 * minuteMs
    }
    const completed = random() < 0.75
    const takenSeconds = completed ? 300 : Math.floor(random() * 30)
    atMs += takenSeconds * 1000
    out.push({ kind: 'break', atMs, outcome: completed ? 'completed' : 'skipped', plannedSeconds: 300, takenSeconds, activeMinutesBefore })
    out.push({ kind: 'active', atMs, minutes: activeMinutesBefore })
  }
}

function simulateHistory(days: number): HistoryEvent[] {
  const random = createRandom(2026)
  const events: HistoryEvent[] = []
  const today = DateTime.fromMillis(nowMs, { zone: timeZone }).startOf('day')
  for (let back = days - 1; back >= 0; back -= 1) {
    const day = today.minus({ days: back })
    const weekend = day.weekday >= 6
    if (weekend && random() > 0.3) continue
    const startMs = day.set({ hour: 8, minute: 30 }).toMillis() + Math.floor(random() * 60) * minuteMs
    const hours = weekend ? 2 : 7.5 + random() * 1.5
    simulateSession(startMs, hours, random, events)
    const endOfDayMs = startMs + Math.round(hours * 60) * minuteMs
    if (random() < 0.3) {
      events.push({ kind: 'pause', atMs: startMs + 4 * 60 * minuteMs, minutes: 30 })
      events.push({ kind: 'resume', atMs: startMs + 4.5 * 60 * minuteMs })
    }
    if (!weekend && random() < 0.5) events.push({ kind: 'comfort', atMs: endOfDayMs, score: Math.floor(random() * 6) })
    if (back % 28 === 0) events.push({ kind: 'checklist', atMs: endOfDayMs + minuteMs, okCount: 12, fixCount: 3, naCount: 1 })
  }
  return events.sort((a, b) => a.atMs - b.atMs)
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

async function timed<T>(run: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  const started = performance.now()
  const result = await run()
  return { ms: performance.now() - started, result }
}

const round = (ms: number): number => Math.round(ms * 100) / 100

/** Writes a simulated year of history (as of `historyYearNowMs`) into `dataDir`; returns the event count. */
export function writeYearOfHistory(dataDir: string): number {
  const year = simulateHistory(365)
  writeFileSync(join(dataDir, historyFileName), year.map(serializeHistoryEvent).join(''))
  return year.length
}

export const historyYearNowMs = nowMs
export const historyYearTimeZone = timeZone

export async function measureHistoryYear(): Promise<Record<string, unknown>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'upright-bench-history-'))
  try {
    const filePath = join(dataDir, historyFileName)
    const year = simulateHistory(365)
    writeFileSync(filePath, year.map(serializeHistoryEvent).join(''))
    const fileSizeBytes = statSync(filePath).size

    // A normal start: nothing to drop, so one read and parse.
    const opened = await timed(() => openHistoryLog({ dataDir, nowMs: () => nowMs, library: confStorage }))
    const log = opened.result
    const readRuns: number[] = []
    let events: HistoryEvent[] = []
    for (let run = 0; run < warmRuns; run += 1) {
      const read = await timed(() => log.readAll())
      readRuns.push(read.ms)
      events = read.result.events
    }
    const statsRuns: number[] = []
    for (let run = 0; run < warmRuns; run += 1) {
      statsRuns.push((await timed(() => computeStats(events, { nowMs, timeZone, days: 30 }))).ms)
    }

    // The compaction path: 430 days on file, the oldest 30 past retention, rewritten atomically.
    writeFileSync(filePath, simulateHistory(430).map(serializeHistoryEvent).join(''))
    const compacted = await timed(() => openHistoryLog({ dataDir, nowMs: () => nowMs, library: confStorage }))

    const output = {
      simulatedDays: 365,
      events: year.length,
      eventsPerDay: Math.round((year.length / 365) * 10) / 10,
      fileSizeBytes,
      openReadAndCompactMs: round(opened.ms),
      openRewrote: log.compaction.rewritten,
      readAllMedianMs: round(median(readRuns)),
      computeStats30DaysMedianMs: round(median(statsRuns)),
      computeStats30DaysFirstRunMs: round(statsRuns[0] ?? Number.NaN),
      compactionRun: {
        daysOnFile: 430,
        keptEvents: compacted.result.compaction.keptEvents,
        expiredEvents: compacted.result.compaction.expiredEvents,
        openWithRewriteMs: round(compacted.ms),
        fileSizeAfterBytes: statSync(filePath).size
      }
    }
    return output
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

// Runnable on its own: npx tsx bench/history-year.ts
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${JSON.stringify(await measureHistoryYear(), null, 2)}\n`)
}
