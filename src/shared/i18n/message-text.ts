import type { TFunction } from 'i18next'
import type { Message } from '../message'

/** A structured message in the language `t` speaks; nested messages are worded first. */
export function messageText(t: TFunction, message: Message): string {
  const values: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(message.values ?? {})) {
    values[name] = typeof value === 'object' ? messageText(t, value) : value
  }
  return t(message.key, values)
}
