import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { errorCode } from '../../core/storage'
import { parsePolicy, type Policy, type PolicyProblem } from '../../core/policy'
import { errorMessage } from '../../shared/error-message'
import { message, type Message, type MessageKey } from '../../shared/message'

/** Where the organisation's policy file is: the platform path in Electron, UPRIGHT_POLICY_FILE in the harness. */
export interface PolicySource {
  filePath: string
}

/** A policy file is a few hundred bytes; anything this large is not one. */
export const maxPolicyFileBytes = 64 * 1024

export interface LoadedPolicy {
  policy: Policy | null
  /** Why a file that is there was ignored, for the notice; null when it was used or absent. */
  notice: Message | null
  /** The tray's short line while a bad policy file is ignored. */
  trayLine: Message | null
  /** The notice in English, for the log (null with `notice`). */
  logLine: string | null
}

const noPolicyLoaded: LoadedPolicy = { policy: null, notice: null, trayLine: null, logLine: null }

/** Thrown while reading when the path holds something that is not a policy file at all. */
class UnusableFile extends Error {
  constructor(readonly problem: Message) {
    super(problem.key)
  }
}

/** Reads at most maxPolicyFileBytes + 1 bytes, so a huge or endless file costs nothing. */
function readBounded(filePath: string): string {
  const descriptor = openSync(filePath, 'r')
  try {
    if (!fstatSync(descriptor).isFile()) throw new UnusableFile(message('messages.policy.problem.notAFile'))
    const buffer = Buffer.alloc(maxPolicyFileBytes + 1)
    let length = 0
    for (;;) {
      const read = readSync(descriptor, buffer, length, buffer.length - length, null)
      if (read === 0 || (length += read) >= buffer.length) break
    }
    if (length > maxPolicyFileBytes) throw new UnusableFile(message('messages.policy.problem.tooLarge', { kib: maxPolicyFileBytes / 1024 }))
    return buffer.subarray(0, length).toString('utf8')
  } finally {
    closeSync(descriptor)
  }
}

const policyProblemKeys = {
  json: 'messages.storage.problem.corrupt',
  policy: 'messages.policy.problem.invalidPolicy',
  defaults: 'messages.policy.problem.invalidDefaults'
} as const satisfies Record<PolicyProblem, MessageKey>

/**
 * The policy in force: none when there is no source or no file (the usual case, said
 * nowhere); a file that cannot be used is ignored entirely, never in part, with a notice —
 * Upright then runs on its own defaults, as if no policy existed.
 */
export function loadPolicy(source: PolicySource | null): LoadedPolicy {
  if (source === null) return noPolicyLoaded
  const ignored = (problem: Message, reason: string): LoadedPolicy => ({
    policy: null,
    notice: message('messages.policy.ignored', { path: source.filePath, problem }),
    trayLine: message('messages.policy.trayLine'),
    logLine: `Your organisation's settings file (${source.filePath}) was ignored because ${reason}. Upright is using its own defaults.`
  })
  let text: string
  try {
    text = readBounded(source.filePath)
  } catch (error) {
    if (error instanceof UnusableFile) return ignored(error.problem, error.problem.key)
    const code = errorCode(error)
    if (code === 'ENOENT' || code === 'ENOTDIR') return noPolicyLoaded
    const detail = code ?? errorMessage(error)
    return ignored(message('messages.storage.problem.unreadable', { detail }), `it could not be read (${detail})`)
  }
  const parsed = parsePolicy(text)
  if (parsed.ok) return { policy: parsed.policy, notice: null, trayLine: null, logLine: null }
  return ignored(message(policyProblemKeys[parsed.reason], { detail: parsed.detail }), parsed.message)
}
