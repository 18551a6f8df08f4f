import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium, type Page } from '@playwright/test'
import { makeFakeCameraClips } from '../tests/e2e/helpers/fake-camera-clips'

/**
 * `npm run build`, then `npx tsx bench/posture-watch-cost.ts [--off-minutes 3] [--on-minutes 10]`
 * (Linux: reads /proc). The build comes first: the harness serves the built renderer from out/renderer.
 * What the posture watch costs (DESIGN §10: ≤ 2 % of one core on average, ≤ 150 MB more memory):
 * Chromium with the fake camera on the harness's #/posture-watch page, first with the watch off,
 * then on at the default settings (30 s, sampled) after calibration. CPU is the CPU time of every
 * Chromium process over the period, as % of one core; memory is their summed PSS at the end.
 * Not part of `npm run bench`: it runs for minutes in real time.
 */

const clockTicksPerSecond = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim())

/** Chromium's processes: every descendant of this script whose name says so (not the harness). */
function chromiumProcesses(): number[] {
  return descendants(process.pid).filter((pid) => {
    try {
      return /chrom/i.test(readFileSync(`/proc/${pid}/comm`, 'utf8'))
    } catch {
      return false
    }
  })
}

function descendants(rootPid: number): number[] {
  const parents = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]))
    } catch {
      // The process ended while we looked.
    }
  }
  const found = [rootPid]
  for (let index = 0; index < found.length; index += 1) {
    for (const [pid, parent] of parents) if (parent === found[index]) found.push(pid)
  }
  return found
}

function cpuTicks(pids: number[]): number {
  let total = 0
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
      // utime and stime are fields 14 and 15 of stat, 12 and 13 after "pid (comm) ".
      total += Number(fields[11]) + Number(fields[12])
    } catch {
      // Gone: its time is lost to this count, which only under-reports.
    }
  }
  return total
}

function pssMegabytes(pids: number[]): number {
  let kilobytes = 0
  for (const pid of pids) {
    try {
      const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))
      kilobytes += Number(match?.[1] ?? 0)
    } catch {
      // Gone.
    }
  }
  return Math.round(kilobytes / 102.4) / 10
}

async function measure(minutes: number): Promise<{ cpuPercentOfOneCore: number; pssMB: number; processes: number }> {
  const before = cpuTicks(chromiumProcesses())
  const started = performance.now()
  await new Promise((resolve) => setTimeout(resolve, minutes * 60_000))
  const seconds = (performance.now() - started) / 1000
  const pids = chromiumProcesses()
  const cpuSeconds = (cpuTicks(pids) - before) / clockTicksPerSecond
  return { cpuPercentOfOneCore: Math.round((cpuSeconds / seconds) * 1000) / 10, pssMB: pssMegabytes(pids), processes: pids.length }
}

async function startHarness(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/web/cli.ts'], {
    env: { ...process.env, PORT: '0', UPRIGHT_DATA_DIR: mkdtempSync(join(tmpdir(), 'upright-watch-cost-')) },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const url = await new Promise<string>((resolve, reject) => {
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(output)
      if (match) resolve(match[0])
    })
    child.on('exit', () => reject(new Error(`harness exited:\n${output}`)))
  })
  return { url, child }
}

async function calibrate(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Turn on the posture watch' }).click()
  await page.getByRole('button', { name: 'Use the camera and calibrate' }).click()
  await page.getByRole('button', { name: 'Calibrate' }).click()
  await page.locator('section.posture-watch[data-phase="watching"]').waitFor({ timeout: 120_000 })
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'off-minutes': { type: 'string' }, 'on-minutes': { type: 'string' } } })
  const offMinutes = Number(values['off-minutes'] ?? 3)
  const onMinutes = Number(values['on-minutes'] ?? 10)
  const clips = makeFakeCameraClips()
  const harness = await startHarness()
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${clips.upright}`]
  })
  try {
    const page = await browser.newPage()
    await page.goto(`${harness.url}#/posture-watch`)
    await page.locator('section.posture-watch[data-phase="off"]').waitFor()
    console.error(`watch off: measuring ${offMinutes} min…`)
    const off = await measure(offMinutes)
    await calibrate(page)
    // Let the first check pass before counting: calibration itself is a one-off cost.
    await page.waitForTimeout(35_000)
    console.error(`watch on (30 s, sampled): measuring ${onMinutes} min…`)
    const on = await measure(onMinutes)
    const checks = await page.locator('section.posture-watch').getAttribute('data-last-check')
    console.log(
      JSON.stringify(
        {
          off: { minutes: offMinutes, ...off },
          on: { minutes: onMinutes, ...on, lastCheckAtMs: Number(checks) },
          extraCpuPercentOfOneCore: Math.round((on.cpuPercentOfOneCore - off.cpuPercentOfOneCore) * 10) / 10,
          extraPssMB: Math.round((on.pssMB - off.pssMB) * 10) / 10
        },
        null,
        2
      )
    )
  } finally {
    await browser.close()
    harness.child.kill('SIGTERM')
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
