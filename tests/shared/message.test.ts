import { expect, it } from 'vitest'
import { type Message, messageSchema } from '../../src/shared/message'

const name = (key: Message['key']): Message => ({ key })

it('bounds a list value as it crosses IPC: not empty, not endless, nested no deeper than other values', () => {
  const quoted = (setting: Message): Message => ({ key: 'messages.settings.quoted', values: { setting } })
  const listOf = (count: number): Message => ({ key: 'messages.settings.lockedSeveral', values: { settings: Array.from({ length: count }, () => quoted(name('prefs.app.theme'))) } })
  expect(messageSchema.safeParse(listOf(2)).success).toBe(true)
  expect(messageSchema.safeParse(listOf(0)).success).toBe(false)
  expect(messageSchema.safeParse(listOf(101)).success).toBe(false)
  // A list item counts as one level of nesting, like a nested message.
  const tooDeep: Message = { key: 'messages.settings.lockedSeveral', values: { settings: [quoted(quoted(quoted(name('prefs.app.theme'))))] } }
  expect(messageSchema.safeParse(tooDeep).success).toBe(false)
})
