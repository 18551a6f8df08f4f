import { z } from 'zod'
import { defaultSettings, describeZodError, settingsSchema, type Settings } from '../../shared/settings'
import { settingKeysIn, settingKeySchema, settingLeafKeys } from '../../shared/setting-keys'
import { setValueAtKey, valueAtKey } from './key-paths'
import { errorMessage } from '../../shared/error-message'
import type { Message } from '../../shared/message'
import { sentenceAboutSettings } from '../../shared/setting-labels'

/**
 * Managed defaults (DESIGN §4): an IT team's read-only file
 * `{ "defaults": <partial settings>, "locked": ["break.level", …] }`.
 * - `defaults` replace Upright's own defaults for every setting the user has not chosen.
 * - `locked` settings always take the policy's value (its default, or Upright's own default
 *   when the file gives none) and cannot be changed.
 */
export interface Policy {
  /** Leaf key → the value the policy gives it. */
  readonly values: ReadonlyMap<string, unknown>
  readonly locked: ReadonlySet<string>
}

export const noPolicy: Policy = { values: new Map(), locked: new Set() }

/**
 * The settings schema with every object level optional and still strict: an unknown key or a
 * wrong type anywhere is an error naming its path. Built from settingsSchema, so new settings
 * are accepted as soon as they exist. Cross-field rules are checked afterwards on a whole
 * document (see parsePolicy).
 */
function deepPartial(schema: z.ZodType): z.ZodType {
  if (!(schema instanceof z.ZodObject)) return schema
  const shape = Object.fromEntries(
    Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, child]) => [name, deepPartial(child).optional()])
  )
  return z.object(shape).strict()
}

export const policyFileSchema = z
  .object({
    defaults: deepPartial(settingsSchema).optional(),
    locked: z.array(settingKeySchema).max(settingLeafKeys.length).optional()
  })
  .strict()

/** What is wrong with a policy file: not JSON, not a policy, or defaults that make no valid settings. */
export type PolicyProblem = 'json' | 'policy' | 'defaults'

/** `message` is the whole reason in English (logs, the CLI); `detail` the technical part alone. */
export type PolicyParseResult = { ok: true; policy: Policy } | { ok: false; reason: PolicyProblem; detail: string; message: string }

/** Checks a policy file's text; the message says what is wrong, naming the field. */
export function parsePolicy(text: string): PolicyParseResult {
  let document: unknown
  try {
    document = JSON.parse(text)
  } catch (error) {
    const detail = errorMessage(error)
    return { ok: false, reason: 'json', detail, message: `it is not valid JSON (${detail})` }
  }
  const parsed = policyFileSchema.safeParse(document)
  if (!parsed.success) {
    const detail = describeZodError(parsed.error)
    return { ok: false, reason: 'policy', detail, message: `it is not a valid policy (${detail})` }
  }
  const defaults = parsed.data.defaults ?? {}
  const policy: Policy = {
    values: new Map(settingKeysIn(defaults).map((key) => [key, valueAtKey(defaults, key)])),
    locked: new Set(parsed.data.locked ?? [])
  }
  // The fields are valid one by one; together with Upright's defaults they must make valid settings.
  const whole = applyPolicy(defaultSettings, new Set(), policy)
  if (whole.ok) return { ok: true, policy }
  return { ok: false, reason: 'defaults', detail: whole.message, message: `its defaults do not make valid settings (${whole.message})` }
}

export type AppliedSettings = { ok: true; settings: Settings } | { ok: false; message: string; error: z.ZodError }

/**
 * The settings in effect: the user's saved settings, with each policy value replacing the
 * saved one where the user has not chosen (`chosen` holds the keys they changed themselves)
 * and each locked key replaced whatever the user chose.
 */
export function applyPolicy(saved: Settings, chosen: ReadonlySet<string>, policy: Policy): AppliedSettings {
  const result: Record<string, unknown> = structuredClone(saved)
  for (const [key, value] of policy.values) {
    if (!chosen.has(key)) setValueAtKey(result, key, structuredClone(value))
  }
  for (const key of policy.locked) {
    setValueAtKey(result, key, structuredClone(policy.values.has(key) ? policy.values.get(key) : valueAtKey(defaultSettings, key)))
  }
  const checked = settingsSchema.safeParse(result)
  return checked.success ? { ok: true, settings: checked.data } : { ok: false, message: describeZodError(checked.error), error: checked.error }
}

/** The locked keys a change touches, in the order it names them. */
export function lockedKeysIn(patch: unknown, policy: Policy): string[] {
  return settingKeysIn(patch).filter((key) => policy.locked.has(key))
}

/** What a refused change is told; names the keys so the caller can tell which field it was. */
export function describeLockedChange(keys: readonly string[]): string {
  const names = keys.join(', ')
  return `${names} ${keys.length === 1 ? 'is' : 'are'} set by your organisation and cannot be changed`
}

/** The same refusal in the words Preferences shows: each setting by its field's name. */
export function lockedChangeMessage(keys: readonly string[]): Message {
  return sentenceAboutSettings(keys, 'messages.settings.locked', 'messages.settings.lockedSeveral')
}

/** A refused change as settings:update answers it: English for logs, a message for the person. */
export function refusedLockedChange(keys: readonly string[]): { ok: false; message: string; refusal: Message } {
  return { ok: false, message: describeLockedChange(keys), refusal: lockedChangeMessage(keys) }
}
