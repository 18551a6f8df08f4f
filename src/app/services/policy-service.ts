import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { errorCode } from '../../core/storage'
import { parsePolicy, type Policy } from '../../core/policy'
import { errorMessage } from '../../shared/error-message'

/** Where the organisation's policy file is: the platform path in Electron, UPRIGHT_POLICY_FILE in the harness. */
export interface PolicySource {
  filePath: string
}

/** A policy file is a few hundred bytes; anything this large is not one. */
export const maxPolicyFileBytes = 64 * 1024

export interface LoadedPolicy {
  policy: Policy | null
  /** Why a file that is there was ignored, for the notice; null when it was used or absent. */
  notice: string | null
  /** The tray's short line while a bad policy file is ignored. */
  trayLine: string | null
}

const noPolicyLoaded: LoadedPolicy = { policy: null, notice: null, trayLine: null }

/** Reads at most maxPolicyFileBytes + 1 bytes, so a huge or endless file costs nothing. */
function readBounded(filePath: string): string {
  const descriptor = openSync(filePath, 'r')
  try {
    if (!fstatSync(descriptor).isFile()) throw new Error('it is not a file')
    const buffer = Buffer.alloc(maxPolicyFileBytes + 1)
    let length = 0
    for (;;) {
      const read = readSync(descriptor, buffer, length, buffer.length - length, null)
      if (read === 0 || (length += read) >= buffer.length) break
    }
    if (length > maxPolicyFileBytes) throw new Error(`it is larger than ${maxPolicyFileBytes / 1024} KiB`)
    return buffer.subarray(0, length).toString('utf8')
  } finally {
    closeSync(descriptor)
  }
}

/**
 * The policy in force: none when there is no source or no file (the usual case, said
 * nowhere); a file that cannot be used is ignored entirely, never in part, with a notice —
 * Upright then runs on its own defaults, as if no policy existed.
 */
export function loadPolicy(source: PolicySource | null): LoadedPolicy {
  if (source === null) return noPolicyLoaded
  const ignored = (reason: string): LoadedPolicy => ({
    policy: null,
    notice: `Your organisation's settings file (${source.filePath}) was ignored because ${reason}. Upright is using its own defaults; ask your IT team to fix the file.`,
    trayLine: "Organisation's settings file ignored"
  })
  let text: string
  try {
    text = readBounded(source.filePath)
  } catch (error) {
    const code = errorCode(error)
    if (code === 'ENOENT' || code === 'ENOTDIR') return noPolicyLoaded
    return ignored(code ? `it could not be read (${code})` : errorMessage(error))
  }
  const parsed = parsePolicy(text)
  return parsed.ok ? { policy: parsed.policy, notice: null, trayLine: null } : ignored(parsed.message)
}
