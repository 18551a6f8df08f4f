import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { writeYearOfHistory } from './history-year'

const runs = 5

function startHarness(dataDir: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/web/cli.ts'], {
    env: { ...process.env, PORT: '0', UPRIGHT_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`harness did not start:\n${output}`)), 30_000)
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /127\.0\.0\.1:(\d+)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve({ child, port: Number(match[1]) })
      }
    })
    child.on('exit', (code) => reject(new Error(`harness exited (${code}):\n${output}`)))
  })
}

/**
 * The statistics page with a year of history (≈10,000 events) in Debian's Chromium: time
 * from navigation until the 30-day chart is on screen, median of several cold loads.
 */
export async function measureStatsPageLoad(): Promise<Record<string, unknown>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'upright-bench-stats-'))
  const events = writeYearOfHistory(dataDir)
  const { child: harness, port } = await startHarness(dataDir)
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking']
  })
  try {
    const timings: number[] = []
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext()
      const page = await context.newPage()
      const startedMs = performance.now()
      await page.goto(`http://127.0.0.1:${port}/#/stats`)
      await page.getByRole('heading', { level: 1, name: 'Statistics' }).waitFor()
      await page.locator('svg').first().waitFor()
      timings.push(performance.now() - startedMs)
      await context.close()
    }
    const sorted = [...timings].sort((a, b) => a - b)
    return {
      historyEvents: events,
      runs,
      medianMs: Math.round(sorted[Math.floor(runs / 2)] ?? 0),
      slowestMs: Math.round(sorted[runs - 1] ?? 0)
    }
  } finally {
    await browser.close()
    harness.kill('SIGTERM')
    rmSync(dataDir, { recursive: true, force: true })
  }
}
