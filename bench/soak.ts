import { mkdtempSync, rmSync } from 'node:fs'
import { type ClientRequest, request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createIpcHandlers } from '../src/app/ipc/handlers'
import { createAppServices } from '../src/app/services/app-services'
import { ScriptedClock } from '../src/core/simulator/scripted-clock'
import { createHarnessServer } from '../src/web/server'

/*
 * `npm run soak` (DESIGN §10): 1,000 breaks and 2,500 posture cues through the real app layer
 * and the real harness server, on a scripted clock so it runs at full speed. Every break a
 * "page" opens (an event stream, the page's reads, the break's routine) and closes again.
 * RSS, active handles and listeners are sampled at start, after warm-up and at the end; they
 * must stay within 10 % of the warm-up figures. Prints one JSON object; progress on stderr.
 */

const targetBreaks = Number(process.env['SOAK_BREAKS'] ?? 1000)
const targetCues = Number(process.env['SOAK_CUES'] ?? 2500)
const warmUpBreaks = Math.max(1, Math.round(targetBreaks / 10))
const flatTolerance = 0.1
const minuteMs = 60_000

interface Sample {
  breaks: number
  cues: number
  rssMb: number
  heapUsedMb: number
  activeHandles: number
  hubListeners: number
  eventStreams: number
  serverConnections: number
}

const round1 = (value: number): number => Math.round(value * 10) / 10

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc
  if (gc) {
    gc()
    gc()
  }
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'upright-soak-'))
  const clock = new ScriptedClock(Date.parse('2026-03-02T09:00:00Z'))
  let breaks = 0
  let cues = 0
  const services = await createAppServices({
    dataDir,
    shell: 'web',
    version: 'soak',
    platform: process.platform,
    clock,
    activity: { idleSeconds: () => 0 },
    timeZone: () => 'UTC',
    shellPort: { openPage: () => undefined, quit: () => undefined },
    log: () => undefined
  })
  // 15-minute cues against 50-minute breaks: three cues per cycle, so both targets are met.
  services.settings.update({ posture: { intervalMinutes: 15 } })
  services.onEngineEvent((event) => {
    if (event.kind === 'breakEnded' && event.outcome !== 'postponed') breaks += 1
    if (event.kind === 'posture') cues += 1
  })
  const server = createHarnessServer({
    port: 0,
    rendererDir: resolve(import.meta.dirname, '../out/renderer'),
    handlers: createIpcHandlers(services),
    events: services.events
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const port = (server.address() as AddressInfo).port

  const call = (method: string, path: string, body?: unknown): Promise<number> =>
    new Promise((done, fail) => {
      const request = httpRequest(
        { host: '127.0.0.1', port, method, path, agent: false, headers: body === undefined ? {} : { 'content-type': 'application/json' } },
        (response) => {
          response.resume()
          response.on('end', () => done(response.statusCode ?? 0))
        }
      )
      request.on('error', fail)
      request.end(body === undefined ? undefined : JSON.stringify(body))
    })
  const invoke = (channel: string, input?: unknown): Promise<number> => call('POST', `/api/invoke/${channel}`, { input })

  /** A page that opens (its event stream and first reads), shows the break, and closes. */
  async function openAndClosePage(): Promise<void> {
    const stream = await new Promise<ClientRequest>((done) => {
      const request = httpRequest({ host: '127.0.0.1', port, path: '/api/events', agent: false }, (response) => {
        response.on('data', () => undefined)
        done(request)
      })
      request.on('error', () => undefined)
      request.end()
    })
    const statuses = await Promise.all([
      call('GET', '/index.html'),
      invoke('engine:state'),
      invoke('tray:menu'),
      invoke('checklist:get'),
      invoke('stats:get', { days: 7 }),
      invoke('routine:forBreak')
    ])
    if (statuses.some((status) => status !== 200)) throw new Error(`a page read failed: ${statuses.join(', ')}`)
    stream.destroy()
  }

  let connections = 0
  server.on('connection', (socket) => {
    connections += 1
    socket.on('close', () => (connections -= 1))
  })

  const sample = async (): Promise<Sample> => {
    // Let closed sockets finish closing before counting.
    await new Promise((done) => setTimeout(done, 50))
    collectGarbage()
    const memory = process.memoryUsage()
    return {
      breaks,
      cues,
      rssMb: round1(memory.rss / 2 ** 20),
      heapUsedMb: round1(memory.heapUsed / 2 ** 20),
      activeHandles: process.getActiveResourcesInfo().length,
      hubListeners: services.events.listenerCount,
      eventStreams: server.eventStreams.size,
      serverConnections: connections
    }
  }

  const startedMs = performance.now()
  const start = await sample()
  let warmUp: Sample | null = null
  let lastBreaks = 0
  let lastReported = 0
  while (breaks < targetBreaks || cues < targetCues) {
    clock.advanceTo(clock.monotonicNowMs() + minuteMs)
    if (services.engine.getState().phase === 'break' || breaks !== lastBreaks) {
      if (breaks !== lastBreaks) await openAndClosePage()
      lastBreaks = breaks
    }
    if (cues % 10 === 0) await invoke('posture:respond', { response: 'done' })
    if (warmUp === null && breaks >= warmUpBreaks) warmUp = await sample()
    if (breaks >= lastReported + 100) {
      lastReported = breaks
      process.stderr.write(`soak: ${breaks} breaks, ${cues} cues\n`)
    }
  }
  const end = await sample()
  const elapsedSeconds = round1((performance.now() - startedMs) / 1000)

  const base = warmUp ?? start
  const within = (value: number, reference: number): boolean => value <= reference * (1 + flatTolerance) + 0.5
  const flat = {
    rss: within(end.rssMb, base.rssMb),
    activeHandles: within(end.activeHandles, base.activeHandles),
    hubListeners: end.hubListeners <= base.hubListeners,
    eventStreams: end.eventStreams === 0
  }
  console.log(
    JSON.stringify(
      {
        soak: { breaks, cues, simulatedDays: round1(clock.monotonicNowMs() / 86_400_000), elapsedSeconds, gcExposed: typeof (globalThis as { gc?: unknown }).gc === 'function' },
        start,
        warmUp: base,
        end,
        flatWithin10Percent: flat,
        pass: Object.values(flat).every(Boolean)
      },
      null,
      2
    )
  )
  server.closeAllConnections()
  server.close()
  await services.dispose()
  rmSync(dataDir, { recursive: true, force: true })
  if (!Object.values(flat).every(Boolean)) process.exitCode = 1
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
