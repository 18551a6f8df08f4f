import { statSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { errorMessage } from '../shared/error-message'

export interface HarnessOptions {
  port: number
  /** engine seconds per real second */
  speed: number
  /** the wall-clock moment the harness's clock starts at; null: now */
  startWallMs: number | null
  /** the language the harness treats as the system's (`--locale de`, `en-XA` the pseudo-locale); null: the process's locale */
  locale: string | null
  /** fixtures the real Linux call probes read at each look; null: no busy detection (as before) */
  busy: HarnessBusySources | null
}

/** Absolute paths; each is read again at every look, so a test starts and ends a call by rewriting it. */
export interface HarnessBusySources {
  /** a /proc-shaped folder (`<pid>/stat`, `<pid>/fd/*` links): the camera probe */
  procRoot: string | null
  /** stands in for `pactl -f json list source-outputs`: the microphone probe */
  pactlFile: string | null
  /** stands in for `pactl -f json list sources` (tells monitor sources apart); without it: [] */
  pactlSourcesFile: string | null
}

export const HARNESS_USAGE =
  'usage: npm run web -- [--speed N] [--start <ISO 8601 time with offset>] [--locale TAG] [--busy-proc ROOT] [--busy-pactl FILE [--busy-pactl-sources FILE]]'

/** The latest moment a start may be, so a run of a few years stays inside the Date range. */
const MAX_START_WALL_MS = Date.UTC(9999, 0, 1)

/** `npm run web -- …` options and PORT; a bad value throws an Error with one clear line. */
export function parseHarnessOptions(args: readonly string[], env: Readonly<Record<string, string | undefined>>): HarnessOptions {
  let values: { speed?: string; start?: string; locale?: string; 'busy-proc'?: string; 'busy-pactl'?: string; 'busy-pactl-sources'?: string }
  try {
    const text = { type: 'string' } as const
    values = parseArgs({
      args: [...args],
      options: { speed: text, start: text, locale: text, 'busy-proc': text, 'busy-pactl': text, 'busy-pactl-sources': text },
      strict: true
    }).values
  } catch (error) {
    throw new Error(`${errorMessage(error)} (${HARNESS_USAGE})`, { cause: error })
  }
  const speed = Number(values.speed ?? 1)
  if (!Number.isFinite(speed) || speed <= 0 || speed > 3600) throw new Error(`--speed must be a number from 0 to 3600, got "${values.speed}"`)
  const port = Number(env['PORT'] ?? 5199)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env['PORT'] ?? ''}"`)
  const locale = values.locale ?? null
  if (locale !== null && !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,4}$/.test(locale)) throw new Error(`--locale must be a language tag such as de or en-XA, got "${locale}"`)
  return { port, speed, startWallMs: values.start === undefined ? null : parseStart(values.start), locale, busy: parseBusySources(values) }
}

function parseBusySources(values: { 'busy-proc'?: string; 'busy-pactl'?: string; 'busy-pactl-sources'?: string }): HarnessBusySources | null {
  const procRoot = values['busy-proc'] ?? null
  const pactlFile = values['busy-pactl'] ?? null
  const pactlSourcesFile = values['busy-pactl-sources'] ?? null
  if (pactlSourcesFile !== null && pactlFile === null) throw new Error('--busy-pactl-sources needs --busy-pactl')
  if (procRoot === null && pactlFile === null) return null
  return {
    procRoot: procRoot === null ? null : existing('--busy-proc', procRoot, 'folder'),
    pactlFile: pactlFile === null ? null : existing('--busy-pactl', pactlFile, 'file'),
    pactlSourcesFile: pactlSourcesFile === null ? null : existing('--busy-pactl-sources', pactlSourcesFile, 'file')
  }
}

/** The path made absolute, if it is a folder or file as asked; its contents are read (and may be bad) at each look. */
function existing(option: string, path: string, kind: 'folder' | 'file'): string {
  const absolute = resolve(path)
  let isKind: boolean
  try {
    const stats = statSync(absolute)
    isKind = kind === 'folder' ? stats.isDirectory() : stats.isFile()
  } catch (error) {
    throw new Error(`${option} must name an existing ${kind}, got "${path}" (${errorMessage(error)})`, { cause: error })
  }
  if (!isKind) throw new Error(`${option} must name a ${kind}, got "${path}"`)
  return absolute
}

function parseStart(text: string): number {
  // An offset is required: a bare local time would mean different moments on different machines.
  const withOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/
  const ms = Date.parse(text)
  if (!withOffset.test(text) || !Number.isFinite(ms) || ms < 0 || ms > MAX_START_WALL_MS) {
    throw new Error(`--start must be an ISO 8601 time with an offset between 1970 and 9999 (like 2026-03-06T12:00:00Z), got "${text}"`)
  }
  return ms
}
