import type { i18n } from 'i18next'
import { createI18n, showLanguage } from '../../src/shared/i18n/create-i18n'
import { messageText } from '../../src/shared/i18n/message-text'
import type { UiLanguage } from '../../src/shared/i18n/languages'
import type { Message } from '../../src/shared/message'
import { englishI18n } from './english-content'

/** A structured message as an English reader sees it (null stays null). */
export function inEnglish(message: Message | null): string | null {
  return message === null ? null : messageText(englishI18n.t, message)
}

/** An i18next instance showing `language`, for tests that check a message is not English there. */
export async function i18nShowing(language: UiLanguage): Promise<i18n> {
  const instance = createI18n()
  await showLanguage(instance, { language, locale: language })
  return instance
}

/** The storage notices a page shows, joined as the notice bar shows them, in English. */
export function noticesInEnglish(messages: readonly Message[]): string {
  return messages.map((message) => messageText(englishI18n.t, message)).join(' ')
}
