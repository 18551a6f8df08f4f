import type { SettingsUpdateResult } from '@shared/ipc/contract'

/**
 * A write the app could not carry out (full disk, read-only folder) answers `ok: false` with a
 * sentence for the user; pages already show thrown errors, so this turns it into one.
 */
export function saved<T>(result: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!result.ok) throw new Error(result.message)
  return result.value
}

export function savedSettings(result: SettingsUpdateResult): Extract<SettingsUpdateResult, { ok: true }>['settings'] {
  if (!result.ok) throw new Error(result.message)
  return result.settings
}
