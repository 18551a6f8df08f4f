import { execFile } from 'node:child_process'
import { UnreadableProbeOutput } from '../../core/busy/device-use'
import type { BusyReason, BusySignal } from '../../shared/busy'
import { errorMessage } from '../../shared/error-message'
import type { Message } from '../../shared/message'

/**
 * `why` is the English line for logs; `cause`, when known, is what Preferences words in the
 * user's language (otherwise it shows `why`, the tool's own first line, as a technical detail).
 */
export type ProbeState = { state: 'watching' } | { state: 'off'; why: string; cause?: 'missingTool' | 'noIdleAnswer' }

/**
 * One way of telling that the user should not be interrupted (a call, a fullscreen app, the
 * desktop's do-not-disturb switch). `true` busy, `false` not, `null` cannot tell — which counts
 * as not busy: a reminder shown once too often beats reminders that never come.
 */
export interface BusyProbe {
  /** English, for the log. */
  readonly name: string
  /** What it reads, for Preferences: a technical name (a file, a tool) or a message to word. */
  readonly source: string | Message
  readonly reason: BusyReason
  /** what it watches, for Preferences */
  readonly signals: readonly BusySignal[]
  isBusy(): Promise<boolean | null>
  status(): ProbeState
}

export type RunCommand = (file: string, args: readonly string[]) => Promise<string>

/** execFile without a shell, short timeout, stdout as text (at most 4 MB). */
export const runCommand: RunCommand = (file, args) =>
  new Promise((resolve, reject) => {
    execFile(file, args, { timeout: 3000, windowsHide: true, maxBuffer: 4 * 1024 * 1024 }, (error, stdout) => {
      // Keep `code`: ENOENT (tool not installed) turns the probe off at once.
      if (error) reject(Object.assign(new Error(error.message), { code: error.code }))
      else resolve(stdout)
    })
  })

export function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined
}

/** Transient failures (a timeout on a loaded machine) in a row before a probe gives up. */
const FAILURES_BEFORE_OFF = 3

export interface GuardedProbeSpec {
  name: string
  source: string
  reason: BusyReason
  signals: readonly BusySignal[]
  /** One look; throws when the source cannot be read or its output is not understood. */
  look(): Promise<boolean | null>
  /** Told once, when the probe turns itself off. */
  notice?: (message: string) => void
}

/**
 * A probe that turns itself off when its source fails: at once when the tool is missing
 * (ENOENT) or prints something its parser does not understand (that will not fix itself), after
 * three failures in a row otherwise. Off, it answers "cannot tell" without asking anything, and
 * says so once; the app goes on without it.
 */
export function guardedProbe(spec: GuardedProbeSpec): BusyProbe {
  let failures = 0
  let off: Extract<ProbeState, { state: 'off' }> | null = null
  return {
    name: spec.name,
    source: spec.source,
    reason: spec.reason,
    signals: spec.signals,
    status: () => off ?? { state: 'watching' },
    async isBusy() {
      if (off !== null) return null
      try {
        const busy = await spec.look()
        failures = 0
        return busy
      } catch (error) {
        const permanent = errorCode(error) === 'ENOENT' || error instanceof UnreadableProbeOutput
        failures += 1
        if (permanent || failures >= FAILURES_BEFORE_OFF) {
          off = describeFailure(error)
          spec.notice?.(`Upright: ${spec.name} turned off: ${off.why}`)
        }
        return null
      }
    }
  }
}

function describeFailure(error: unknown): Extract<ProbeState, { state: 'off' }> {
  if (errorCode(error) === 'ENOENT') return { state: 'off', why: 'the tool it needs is not installed', cause: 'missingTool' }
  const message = errorMessage(error)
  // First line only: execFile errors carry the whole command and its stderr.
  return { state: 'off', why: (message.split('\n')[0] ?? '').slice(0, 200) }
}

/** Asks a desktop tool and parses its answer (null: the answer does not say). */
export function commandProbe(
  spec: Omit<GuardedProbeSpec, 'look'> & { file: string; args: readonly string[]; parse: (stdout: string) => boolean | null },
  run: RunCommand = runCommand
): BusyProbe {
  return guardedProbe({ ...spec, look: async () => spec.parse(await run(spec.file, spec.args)) })
}
