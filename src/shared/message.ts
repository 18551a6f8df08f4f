import { z } from 'zod'
import type englishUi from './i18n/locales/en/ui.json'

/*
 * A sentence made where no language is known (core, the app layer) and worded where it is shown
 * (the renderer with its `t`, main with its i18n instance), so a language change re-words it.
 * Core stays free of i18next: the keys are typed from the English ui catalog (most live in its
 * `messages` section).
 */

type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other'

/** Dotted paths of a catalog's leaves, plural forms folded ("linesKept_one" → "linesKept"). */
type LeafKeys<T, Prefix extends string> = {
  [K in keyof T & string]: T[K] extends string
    ? K extends `${infer Base}_${PluralForm}`
      ? `${Prefix}${Base}`
      : `${Prefix}${K}`
    : LeafKeys<T[K], `${Prefix}${K}.`>
}[keyof T & string]

export type MessageKey = LeafKeys<typeof englishUi, ''>

/** A list value is worded item by item and joined as the language lists things (`{{name, list}}`). */
export type MessageValue = string | number | Message | readonly Message[]

export interface Message {
  key: MessageKey
  /** Placeholders; a nested message is worded first (a file's name inside a notice), a list item by item. */
  values?: Readonly<Record<string, MessageValue>>
}

export const message = (key: MessageKey, values?: Record<string, MessageValue>): Message =>
  values === undefined ? { key } : { key, values }

const maxDepth = 3
/** A list names settings at most: every setting Preferences has fits. */
const maxListItems = 100
const valueText = z.string().max(2000)
const keySchema = z
  .string()
  .max(120)
  .regex(/^[A-Za-z0-9_-]{1,60}(\.[A-Za-z0-9_-]{1,60}){1,5}$/) as z.ZodType<MessageKey>

function messageAtDepth(depth: number): z.ZodType<Message> {
  const nested = z.lazy(() => messageAtDepth(depth + 1))
  const value: z.ZodType<MessageValue> =
    depth >= maxDepth ? z.union([valueText, z.number()]) : z.union([valueText, z.number(), nested, z.array(nested).min(1).max(maxListItems)])
  return z
    .object({
      key: keySchema,
      values: z
        .record(z.string().regex(/^[A-Za-z]{1,30}$/), value)
        .refine((values) => Object.keys(values).length <= 12, 'at most 12 values')
        .optional()
    })
    .strict()
}

/** A message as it crosses IPC: bounded in size and nesting. */
export const messageSchema: z.ZodType<Message> = messageAtDepth(0)
