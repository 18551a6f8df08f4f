import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { checklistItems } from '../src/shared/content'

/*
 * `npm run kill-loop` (it builds first: this spawns out/web/cli.mjs): the crash test behind
 * "nothing acknowledged is lost". Each cycle starts the web harness on one data folder, drives
 * writes (settings, checklist answers, comfort check-ins that append history, and a pause or
 * resume, which the engine saves to counts.json), kills it with SIGKILL at a random moment, and restarts it to
 * check that every write the harness answered with success is still there, that nothing was
 * set aside as corrupt and that no temp file is left. Prints one JSON object; exit 1 on a loss.
 */

const cycles = Number(process.env['KILL_CYCLES'] ?? 50)
const root = resolve(import.meta.dirname, '..')
const itemIds = checklistItems.map((item) => item.id)
const statuses = ['ok', 'fix', 'na'] as const

interface Harness {
  child: ChildProcess
  port: number
}

function startHarness(dataDir: string): Promise<Harness> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(root, 'out/web/cli.mjs')], {
      cwd: root,
      env: { ...process.env, PORT: '0', UPRIGHT_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output)
      if (match?.[1]) done({ child, port: Number(match[1]) })
    })
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code) => fail(new Error(`harness exited (${String(code)}) before listening: ${output}`)))
  })
}

function invoke(port: number, channel: string, input?: unknown): Promise<{ status: number; body: unknown }> {
  return new Promise((done, fail) => {
    const request = httpRequest(
      { host: '127.0.0.1', port, method: 'POST', path: `/api/invoke/${channel}`, agent: false, headers: { 'content-type': 'application/json' } },
      (response) => {
        let text = ''
        response.on('data', (chunk: Buffer) => (text += chunk.toString()))
        response.on('end', () => {
          try {
            done({ status: response.statusCode ?? 0, body: JSON.parse(text) as unknown })
          } catch (error) {
            fail(error instanceof Error ? error : new Error(String(error)))
          }
        })
        response.on('error', fail)
      }
    )
    request.on('error', fail)
    request.end(JSON.stringify({ input }))
  })
}

const isSaved = (answer: { status: number; body: unknown }): boolean => {
  const value = (answer.body as { value?: { ok?: boolean } }).value
  return answer.status === 200 && value?.ok === true
}

/** Comfort check-ins in history.jsonl (none yet when no write got through). */
function comfortLines(dataDir: string): number {
  let text: string
  try {
    text = readFileSync(join(dataDir, 'history.jsonl'), 'utf8')
  } catch {
    return 0
  }
  return text.split('\n').filter((line) => line.includes('"kind":"comfort"')).length
}

const pick = <T>(values: readonly T[]): T => values[Math.floor(Math.random() * values.length)] as T

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'upright-kill-'))
  /** Last acknowledged value, plus values sent after it whose answer never came. */
  let ackedInterval: number | null = null
  let pendingIntervals: number[] = []
  const ackedAnswers = new Map<string, { acked: string | null; pending: string[] }>()
  let ackedComforts = 0
  let sentComforts = 0
  /** Paused (indefinitely) or not, as counts.json should hold it; null before the first acknowledged change. */
  let ackedPaused: boolean | null = null
  let pendingPaused: boolean[] = []
  const failures: string[] = []
  let passed = 0
  let writesAcknowledged = 0

  for (let cycle = 1; cycle <= cycles; cycle += 1) {
    const harness = await startHarness(dataDir)
    const problems: string[] = []

    // Check what the previous cycle's acknowledged writes left.
    if (cycle > 1) {
      const settings = (await invoke(harness.port, 'settings:get')).body as { value: { break: { intervalMinutes: number } } }
      const interval = settings.value.break.intervalMinutes
      if (ackedInterval !== null && interval !== ackedInterval && !pendingIntervals.includes(interval)) {
        problems.push(`settings: break interval ${interval}, acknowledged ${ackedInterval}`)
      }
      const checklist = (await invoke(harness.port, 'checklist:get')).body as { value: { answers: Record<string, string> } }
      for (const [id, expected] of ackedAnswers) {
        const actual = checklist.value.answers[id] ?? null
        if (actual !== expected.acked && !expected.pending.includes(actual ?? '')) problems.push(`checklist ${id}: ${actual}, acknowledged ${expected.acked}`)
      }
      const comforts = comfortLines(dataDir)
      if (comforts < ackedComforts || comforts > sentComforts) problems.push(`history: ${comforts} comfort lines, acknowledged ${ackedComforts}, sent ${sentComforts}`)
      const engine = (await invoke(harness.port, 'engine:state')).body as { value: { paused: boolean } }
      const paused = engine.value.paused
      if (ackedPaused !== null && paused !== ackedPaused && !pendingPaused.includes(paused)) problems.push(`counts: paused ${paused}, acknowledged ${ackedPaused}`)
      const notice = (await invoke(harness.port, 'notice:get')).body as { value: { message: string | null } }
      if (notice.value.message) problems.push(`notice after restart: ${notice.value.message}`)
      const leftovers = readdirSync(dataDir).filter((name) => /corrupt|\.tmp/.test(name))
      if (leftovers.length > 0) problems.push(`left in the folder: ${leftovers.join(', ')}`)
      // Everything acknowledged is confirmed; what was pending is settled either way.
      ackedInterval = interval
      pendingIntervals = []
      for (const id of ackedAnswers.keys()) ackedAnswers.set(id, { acked: checklist.value.answers[id] ?? null, pending: [] })
      ackedComforts = comforts
      sentComforts = comforts
      ackedPaused = paused
      pendingPaused = []
      if (problems.length === 0) passed += 1
      else failures.push(`cycle ${cycle - 1}: ${problems.join('; ')}`)
    }

    // Drive writes until a random moment, then kill -9 in the middle of whatever is in flight.
    const killAfterMs = 50 + Math.random() * 700
    let killed = false
    const driving = (async () => {
      while (!killed) {
        const choice = Math.floor(Math.random() * 4)
        try {
          if (choice === 0) {
            const minutes = 20 + Math.floor(Math.random() * 200)
            pendingIntervals.push(minutes)
            const answer = await invoke(harness.port, 'settings:update', { break: { intervalMinutes: minutes } })
            if (isSaved(answer)) {
              ackedInterval = minutes
              pendingIntervals = []
              writesAcknowledged += 1
            }
          } else if (choice === 1) {
            const id = pick(itemIds)
            const status = pick(statuses)
            const entry = ackedAnswers.get(id) ?? { acked: null, pending: [] }
            entry.pending.push(status)
            ackedAnswers.set(id, entry)
            const answer = await invoke(harness.port, 'checklist:answer', { id, status })
            if (isSaved(answer)) {
              ackedAnswers.set(id, { acked: status, pending: [] })
              writesAcknowledged += 1
            }
          } else if (choice === 2) {
            // counts.json: the engine saves its counts, pause included, at each change.
            const pause = ackedPaused !== true
            pendingPaused.push(pause)
            const answer = pause ? await invoke(harness.port, 'pause:start', 'indefinite') : await invoke(harness.port, 'pause:resume')
            if (answer.status === 200) {
              ackedPaused = pause
              pendingPaused = []
              writesAcknowledged += 1
            }
          } else {
            sentComforts += 1
            const answer = await invoke(harness.port, 'comfort:record', { score: Math.floor(Math.random() * 11) })
            if (isSaved(answer)) {
              ackedComforts += 1
              writesAcknowledged += 1
            }
          }
        } catch {
          // The kill cut this request: it was never acknowledged.
        }
      }
    })()
    await new Promise((done) => setTimeout(done, killAfterMs))
    killed = true
    const exited = new Promise((done) => harness.child.once('exit', done))
    harness.child.kill('SIGKILL')
    await exited
    await driving
    process.stderr.write(`\rkill loop: cycle ${cycle}/${cycles}, ${failures.length} failed`)
  }

  // The last cycle is checked by one more start.
  const final = await startHarness(dataDir)
  const settings = (await invoke(final.port, 'settings:get')).body as { value: { break: { intervalMinutes: number } } }
  const lastOk =
    ackedInterval === null || settings.value.break.intervalMinutes === ackedInterval || pendingIntervals.includes(settings.value.break.intervalMinutes)
  const comforts = comfortLines(dataDir)
  const { paused } = ((await invoke(final.port, 'engine:state')).body as { value: { paused: boolean } }).value
  const pauseOk = ackedPaused === null || paused === ackedPaused || pendingPaused.includes(paused)
  if (lastOk && comforts >= ackedComforts && pauseOk) passed += 1
  else failures.push(`cycle ${cycles}: interval ${settings.value.break.intervalMinutes} vs ${ackedInterval}; comforts ${comforts} vs ${ackedComforts}; paused ${paused} vs ${ackedPaused}`)
  // A quitting harness still saves (counts, history): remove its folder only once it has exited.
  const finalExited = new Promise((done) => final.child.once('exit', done))
  final.child.kill('SIGTERM')
  await finalExited
  process.stderr.write('\n')
  console.log(JSON.stringify({ cycles, passed, writesAcknowledged, failures }, null, 2))
  rmSync(dataDir, { recursive: true, force: true })
  if (passed !== cycles) process.exitCode = 1
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
