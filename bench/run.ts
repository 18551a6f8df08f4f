import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { runSimulation, simulate } from '../src/core/simulator/run'
import { parseScenario } from '../src/core/simulator/scenario'
import { officeDayScenario, thirtyDayScenario } from './day-script'
import { existsSync } from 'node:fs'
import { measureBundles } from './bundle-size'
import { measureBusyProbes } from './busy-probes'
import { measureHistoryYear } from './history-year'
import { measureRealTimers } from './real-timers'
import { measureStatsPageLoad } from './stats-page-load'

/**
 * `npm run bench`: prints one JSON object (DESIGN.md §10). Progress goes to stderr.
 *   a) wakeups per active hour over a simulated office day (budget ≤ 100; a 1 Hz loop costs 3600),
 *      on the interval schedule and again on clock breaks with the daily limit on
 *   b) the same engine on real timers beside a 1 Hz setInterval loop (BENCH_REAL_SECONDS, default 60)
 *   c) wall time to simulate 30 days (budget < 1 s) and the simulator CLI's start-up
 *   d) the office day with busy probes on: wakeups and probe looks per active hour
 */

const WAKEUP_BUDGET_PER_ACTIVE_HOUR = 100
const ONE_HERTZ_PER_HOUR = 3600
const THIRTY_DAY_BUDGET_MS = 1000

function round(value: number, digits = 1): number {
  const scale = 10 ** digits
  return Math.round(value * scale) / scale
}

/** The office day on clock-aligned breaks (:50) with the daily limit on (DESIGN.md §3). */
const clockDaySettings = { break: { schedule: 'clock', clockMinutes: [50] }, dailyLimit: { enabled: true, minutes: 420 } }

function simulatedDay(settings: Record<string, unknown> = {}): Record<string, unknown> {
  // No input hints: the engine must notice returns by its own sampling, as on a real desk.
  const result = runSimulation(parseScenario({ ...officeDayScenario(), settings }), { inputHints: false })
  const activeHours = result.activeMinutes / 60
  const wakeups = result.timerCallbacks + result.idleSamples
  const perActiveHour = wakeups / activeHours
  return {
    scriptHours: 8,
    activeHours: round(activeHours, 2),
    timerCallbacks: result.timerCallbacks,
    idleSamples: result.idleSamples,
    wakeupsPerActiveHour: round(perActiveHour),
    timerCallbacksPerActiveHour: round(result.timerCallbacks / activeHours),
    budgetPerActiveHour: WAKEUP_BUDGET_PER_ACTIVE_HOUR,
    withinBudget: perActiveHour <= WAKEUP_BUDGET_PER_ACTIVE_HOUR,
    oneHertzPerHour: ONE_HERTZ_PER_HOUR,
    ratioVsOneHertz: round(perActiveHour / ONE_HERTZ_PER_HOUR, 4),
    reminders: {
      breaks: result.events.filter((e) => e.kind === 'break').length,
      posture: result.events.filter((e) => e.kind === 'posture').length,
      natural: result.events.filter((e) => e.kind === 'natural').length
    }
  }
}

function thirtyDays(): Record<string, unknown> {
  const input = thirtyDayScenario()
  const parseStartMs = performance.now()
  const scenario = parseScenario(input)
  const parseMs = performance.now() - parseStartMs
  const coldStartMs = performance.now()
  const events = simulate(scenario)
  const coldMs = performance.now() - coldStartMs
  const warmStartMs = performance.now()
  simulate(scenario)
  const warmMs = performance.now() - warmStartMs
  return {
    days: 30,
    scriptEntries: scenario.script.length,
    events: events.length,
    parseMs: round(parseMs),
    simulateColdMs: round(coldMs),
    simulateWarmMs: round(warmMs),
    budgetMs: THIRTY_DAY_BUDGET_MS,
    withinBudget: parseMs + coldMs < THIRTY_DAY_BUDGET_MS
  }
}

function cliTimings(): Record<string, unknown> {
  const directory = mkdtempSync(join(tmpdir(), 'upright-bench-'))
  try {
    const tiny = join(directory, 'tiny.json')
    const month = join(directory, 'thirty-days.json')
    writeFileSync(tiny, JSON.stringify({ start: '2026-03-09T09:00:00Z', minutes: 1 }))
    writeFileSync(month, JSON.stringify(thirtyDayScenario()))
    const time = (file: string): number => {
      const startMs = performance.now()
      const result = spawnSync('npx', ['tsx', 'src/core/simulator/cli.ts', file], { encoding: 'utf8' })
      if (result.status !== 0) throw new Error(`simulate ${file} failed: ${result.stderr}`)
      return performance.now() - startMs
    }
    time(tiny) // warm the file cache
    const startupMs = time(tiny)
    const thirtyDaysMs = time(month)
    return {
      command: 'npx tsx src/core/simulator/cli.ts <file>',
      startupMs: round(startupMs),
      thirtyDaysTotalMs: round(thirtyDaysMs),
      thirtyDaysBeyondStartupMs: round(thirtyDaysMs - startupMs)
    }
  } finally {
    rmSync(directory, { recursive: true, force: true })
  }
}

async function main(): Promise<void> {
  const realSeconds = Number(process.env.BENCH_REAL_SECONDS ?? 60)
  if (!Number.isFinite(realSeconds) || realSeconds <= 0) throw new Error('BENCH_REAL_SECONDS must be a positive number')
  process.stderr.write('bench: simulating an office day and 30 days…\n')
  const day = simulatedDay()
  const clockDay = simulatedDay(clockDaySettings)
  const month = thirtyDays()
  process.stderr.write('bench: the office day again with busy probes on…\n')
  const busyProbes = await measureBusyProbes()
  process.stderr.write('bench: timing the simulator CLI…\n')
  const cli = cliTimings()
  process.stderr.write(`bench: engine on real timers beside a 1 Hz loop for ${realSeconds} s…\n`)
  const real = await measureRealTimers(realSeconds)
  process.stderr.write('bench: a year of history: file size, read, stats…\n')
  const historyYear = await measureHistoryYear()
  const rendererDir = 'out/renderer'
  const built = existsSync(join(rendererDir, 'index.html'))
  process.stderr.write(built ? 'bench: renderer bundles and the stats page in Chromium…\n' : 'bench: no build in out/renderer, skipping the renderer figures (run npm run build)\n')
  const result = {
    node: process.version,
    schedulerSimulatedDay: day,
    schedulerClockDayWithDailyLimit: clockDay,
    schedulerWithBusyProbes: busyProbes,
    schedulerRealTimers: real,
    simulatorThirtyDays: month,
    simulatorCli: cli,
    historyYear,
    rendererBundles: built ? measureBundles(rendererDir) : 'not built: run npm run build first',
    statsPageWithYearOfHistory: built ? await measureStatsPageLoad() : 'not built: run npm run build first'
  }
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
})
