import type { TFunction } from 'i18next'
import type { Message, MessageValue } from '../message'

const isList = (value: MessageValue): value is readonly Message[] => Array.isArray(value)

/**
 * A structured message in the language `t` speaks; nested messages are worded first, and a list
 * item by item (the catalog joins it with `{{name, list}}`: Intl.ListFormat in that language).
 */
export function messageText(t: TFunction, message: Message): string {
  const values: Record<string, string | number | string[]> = {}
  for (const [name, value] of Object.entries(message.values ?? {})) {
    values[name] = isList(value) ? value.map((item) => messageText(t, item)) : typeof value === 'object' ? messageText(t, value) : value
  }
  return t(message.key, values)
}
