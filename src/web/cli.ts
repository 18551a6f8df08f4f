import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { AddressInfo } from 'node:net'
import { SystemClock } from '../core/engine'
import { createIpcHandlers } from '../app/ipc/handlers'
import { createAppServices } from '../app/services/app-services'
import { watchBusy } from '../app/busy/watch-busy'
import { harnessBusyProbes } from './busy-fixtures'
import { defaultDataDir } from './data-dir'
import { type HarnessOptions, parseHarnessOptions } from './harness-options'
import { ScaledClock } from './scaled-clock'
import { createHarnessServer } from './server'
import { errorMessage } from '../shared/error-message'

function fail(message: string): never {
  console.error(`Upright web harness: ${message}`)
  process.exit(2)
}

function readOptions(): HarnessOptions {
  try {
    return parseHarnessOptions(process.argv.slice(2), process.env)
  } catch (error) {
    fail(errorMessage(error))
  }
}

/** `npm run web`: the real renderer and the real core in plain Node, on 127.0.0.1 only. */
async function main(): Promise<void> {
  const { port, speed, startWallMs, locale, busy } = readOptions()
  const rendererDir = resolve(import.meta.dirname, '../../out/renderer')
  if (!existsSync(join(rendererDir, 'index.html'))) fail('no built renderer in out/renderer — run `npm run build` first.')
  const dataDir = resolve(process.env['UPRIGHT_DATA_DIR'] ?? defaultDataDir())
  mkdirSync(dataDir, { recursive: true })

  let stop = (): void => undefined
  // A start time (for date-dependent tests and demos) needs the clock that can be set.
  const clock = speed === 1 && startWallMs === null ? new SystemClock() : new ScaledClock(speed, startWallMs ?? undefined)
  const services = await createAppServices({
    dataDir,
    shell: 'web',
    version: process.env['npm_package_version'] ?? '0.1.0',
    platform: process.platform,
    clock,
    // A browser tab cannot see system-wide input: the harness treats the user as present.
    activity: { idleSeconds: () => 0 },
    timeScale: speed,
    // The desktop app reads the platform's path; the harness reads only a file it is given.
    policySource: process.env['UPRIGHT_POLICY_FILE'] ? { filePath: resolve(process.env['UPRIGHT_POLICY_FILE']) } : null,
    // The harness's "system" language is its Node process's locale (LANG and friends), or --locale:
    // one choice for the server's tray page and notifications and every tab, whatever the browser says.
    // `--locale en-XA` shows the pseudo-locale.
    systemLanguages: () => [locale ?? Intl.DateTimeFormat().resolvedOptions().locale],
    shellPort: {
      openPage: (route) => {
        services.events.publish('shell:navigate', { page: 'index', route })
      },
      quit: () => {
        stop()
      }
    }
  })
  // Electron shows the posture watch's window for consent and calibration; the harness's tab goes there.
  services.postureWatch.onPhaseChange((phase) => {
    if (phase === 'consent' || phase === 'calibrating') services.events.publish('shell:navigate', { page: 'index', route: 'posture-watch' })
  })
  services.onEngineEvent((event) => {
    // A break already answered (postponed from its warning) has nothing to show.
    if (event.kind === 'break' && services.engine.getState().phase !== 'break') return
    // The harness's system notifications are drawn by its pages (cues, warnings, gentle breaks).
    services.events.publish('engine:event', event)
    // The break "window" of the harness is break.html in the open tab.
    if (event.kind === 'break' && event.level !== 'gentle') services.events.publish('shell:navigate', { page: 'break', route: '' })
  })
  // With fixtures, the desktop app's call probes and rules; the quiet minute runs on the harness's clock.
  const stopBusy =
    busy === null
      ? () => undefined
      : watchBusy(services, {
          probes: harnessBusyProbes(busy, (message) => {
            console.warn(message)
          }),
          unwatchable: () => services.i18n.t('busy.unwatchable.harness'),
          sessionIdle: null,
          schedule: (delayMs, callback) => clock.setTimer(clock.monotonicNowMs() + delayMs, callback),
          nowMs: () => clock.monotonicNowMs()
        })
  const server = createHarnessServer({ port, rendererDir, handlers: createIpcHandlers(services), events: services.events })
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `Upright web harness: port ${port} is in use; set PORT to another one.`
        : `Upright web harness: ${error.message}`
    )
    process.exit(1)
  })
  server.listen(port, '127.0.0.1', () => {
    const pace = (speed === 1 ? '' : `, clock ×${speed}`) + (startWallMs === null ? '' : `, from ${new Date(startWallMs).toISOString()}`)
    const boundPort = (server.address() as AddressInfo).port
    console.log(`Upright web harness: http://127.0.0.1:${boundPort}/ (data in ${dataDir}${pace})`)
  })
  let stopping = false
  stop = () => {
    if (stopping) return
    stopping = true
    stopBusy()
    server.close()
    server.closeAllConnections()
    services.dispose().then(
      () => process.exit(0),
      () => process.exit(1)
    )
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  fail(errorMessage(error))
})
