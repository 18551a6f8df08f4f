import { z } from 'zod'
import { settingsSchema } from './settings'

/**
 * Settings named by dotted path ("break.level"), as a policy file's `locked` list and the
 * preferences page name them. The set of keys is derived from settingsSchema, so a field
 * added to the schema is a key here with no list to keep in step.
 */

function collectLeafKeys(schema: z.ZodType, prefix: string): string[] {
  if (!(schema instanceof z.ZodObject)) return [prefix]
  return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([name, child]) =>
    collectLeafKeys(child, prefix === '' ? name : `${prefix}.${name}`)
  )
}

/** Every setting a value can be given for: the paths to the schema's non-object fields. */
export const settingLeafKeys: readonly string[] = collectLeafKeys(settingsSchema, '')

const leafKeySet: ReadonlySet<string> = new Set(settingLeafKeys)

export function isSettingLeafKey(key: string): boolean {
  return leafKeySet.has(key)
}

export const maxSettingKeyLength = 100

/** A known dotted leaf key; the message names the key that is not one. */
export const settingKeySchema = z
  .string()
  .max(maxSettingKeyLength)
  .superRefine((key, context) => {
    if (!isSettingLeafKey(key)) {
      context.addIssue({ code: 'custom', message: `"${key}" is not a setting Upright knows (settings are named like "break.level")` })
    }
  })

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The dotted keys a (partial) settings object gives values for: `{ break: { level } }` →
 * `["break.level"]`. Objects are descended until a known key is reached, so a value that is
 * itself an array (a day's working hours) counts as one key.
 */
export function settingKeysIn(partial: unknown, prefix = ''): string[] {
  if (prefix !== '' && (isSettingLeafKey(prefix) || !isPlainObject(partial))) return [prefix]
  if (!isPlainObject(partial)) return []
  return Object.entries(partial).flatMap(([name, child]) => settingKeysIn(child, prefix === '' ? name : `${prefix}.${name}`))
}
