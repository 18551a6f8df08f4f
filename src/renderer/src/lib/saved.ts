import type { SettingsUpdateResult } from '@shared/ipc/contract'
import { messageText } from '@shared/i18n/message-text'
import type { Message } from '@shared/message'
import { rendererI18n } from './i18n'

/**
 * A write the app could not carry out (full disk, read-only folder) answers `ok: false` with a
 * message for the user; pages already show thrown errors, so this turns it into one, worded in
 * the language the window shows.
 */
export function saved<T>(result: { ok: true; value: T } | { ok: false; message: Message }): T {
  if (!result.ok) throw new Error(messageText(rendererI18n.t, result.message))
  return result.value
}

export function savedSettings(result: SettingsUpdateResult): Extract<SettingsUpdateResult, { ok: true }>['settings'] {
  if (!result.ok) throw new Error(messageText(rendererI18n.t, result.refusal))
  return result.settings
}
