import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type APIRequestContext, test } from '@playwright/test'
import { currentSettingsVersion } from '../../../src/core/settings-store'
import { applySettingsPatch, defaultSettings, type SettingsPatch, settingsSchema } from '../../../src/shared/settings'
import { acknowledgeSafetyNotice } from './invoke'

export interface Harness {
  url: string
  port: number
  dataDir: string
  /** Everything the harness printed so far (stdout and stderr). */
  output(): string
  stop(): Promise<void>
}

export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'upright-e2e-'))
}

/**
 * Starts the real web harness (out/web/cli.mjs, bundled from src/web/cli.ts by the global setup) on its own port and data folder,
 * as a user would with `npm run web`, and waits for the line that prints its URL.
 */
export async function startHarness(
  options: {
    dataDir?: string
    extraArgs?: string[]
    /** Added to the harness's environment (UPRIGHT_POLICY_FILE). */
    env?: Record<string, string>
    /**
     * Saved as the data folder's settings before the harness starts, over the defaults. A sped-up
     * harness needs one: at speed 60 the default 50-minute break is due 50 real seconds in, and
     * its start takes the tab to break.html in the middle of whichever test is running; set after
     * start, it could already have fired (it did at 1200×, on a loaded run).
     */
    settings?: SettingsPatch
  } = {}
): Promise<Harness> {
  const dataDir = options.dataDir ?? freshDataDir()
  if (options.settings) {
    // Parsed here, so a patch the app would refuse fails the test instead of starting on defaults.
    const settings = settingsSchema.parse(applySettingsPatch(defaultSettings, options.settings))
    writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ version: currentSettingsVersion, settings }))
  }
  // Port 0: the OS picks a free port, so any number of harnesses can run side by side.
  const child: ChildProcess = spawn(
    process.execPath,
    // British English unless a spec asks for another locale: the same words on every machine,
    // with the 24-hour clock the specs read ("Paused until 09:40"), whatever LANG says here.
    ['out/web/cli.mjs', ...(options.extraArgs?.includes('--locale') ? [] : ['--locale', 'en-GB']), ...(options.extraArgs ?? [])],
    { env: { ...process.env, ...options.env, PORT: '0', UPRIGHT_DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] }
  )
  let output = ''
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`harness did not start within 20 s:\n${output}`))
    }, 20_000)
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(Number(match[1]))
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`harness exited with code ${code}:\n${output}`))
    })
  })
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    dataDir,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) {
          resolve()
          return
        }
        child.once('exit', () => {
          resolve()
        })
        child.kill('SIGTERM')
      })
  }
}

export interface HarnessOptions {
  /** A fresh harness for every test, or one shared by the tests of the enclosing block or file. */
  per: 'test' | 'block'
  /** Engine seconds per real second (`--speed`), so breaks and routines run through quickly. */
  speed?: number
  /** Dismiss the first-run safety notice, for pages about other things. */
  acknowledgeSafetyNotice?: boolean
  /** The harness's system language (`--locale`); en-GB when not given. */
  locale?: string
  /** Saved settings to start from (see startHarness). */
  settings?: SettingsPatch
}

/** What a test reads of the harness it runs against; starting and stopping it is useHarness's job. */
export interface RunningHarness {
  readonly url: string
}

/**
 * Starts the harness in the enclosing `test.describe` (or file) before its tests and stops it
 * after them, per test or once for all. The answer forwards to whichever harness is running.
 */
export function useHarness(options: HarnessOptions): RunningHarness {
  let current: Harness | null = null
  const running = (): Harness => {
    if (!current) throw new Error('the harness runs only during its tests and their hooks')
    return current
  }
  const start = async ({ request }: { request: APIRequestContext }): Promise<void> => {
    const extraArgs = [
      ...(options.speed === undefined ? [] : ['--speed', String(options.speed)]),
      ...(options.locale === undefined ? [] : ['--locale', options.locale])
    ]
    current = await startHarness({ extraArgs, ...(options.settings ? { settings: options.settings } : {}) })
    if (options.acknowledgeSafetyNotice) await acknowledgeSafetyNotice(request, current.url)
  }
  const stop = async (): Promise<void> => {
    await current?.stop()
    current = null
  }
  if (options.per === 'test') {
    test.beforeEach(start)
    test.afterEach(stop)
  } else {
    test.beforeAll(start)
    test.afterAll(stop)
  }
  return {
    get url() {
      return running().url
    }
  }
}
