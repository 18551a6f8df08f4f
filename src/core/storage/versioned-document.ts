import { z } from 'zod'
import { describeZodError } from '../../shared/settings'
import { errorMessage } from '../../shared/error-message'

/** Takes the value of version N and returns the value of version N + 1. */
export type Migration = (value: unknown) => unknown

/**
 * How one file is laid out: `{ "version": N, "<key>": value }`, where N counts from
 * `firstVersion` and each migration moves one version up. Append only: a released migration
 * never changes, because files of every older version may still be out there.
 */
export interface DocumentFormat<T> {
  /** The envelope key of the value ("settings", "state"); also the word the messages use. */
  key: string
  schema: z.ZodType<T>
  /** The oldest version this build reads. */
  firstVersion: number
  /** Index N migrates version firstVersion + N to the next one. */
  migrations: readonly Migration[]
  /** A file with no `version` key is this version's bare value (settings' prototype files). */
  unversionedIs?: number
}

export type MigrationResult<T> =
  | { ok: true; value: T; fromVersion: number }
  | { ok: false; reason: 'invalid'; message: string }
  /** `version` is the file's format, `current` the newest this build reads. */
  | { ok: false; reason: 'newer'; message: string; version: number; current: number }

export const currentVersionOf = (format: DocumentFormat<unknown>): number =>
  format.firstVersion + format.migrations.length

/** Extra top-level keys are tolerated (and dropped on the next save); the value is checked strictly. */
const envelopeSchema = z.object({ version: z.int().nonnegative().max(1_000_000) })

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Brings a parsed document of any known version to the current one. The result is
 * validated only at the end, and nothing here writes: a half-migrated document never exists
 * outside this function.
 */
export function migrateDocument<T>(document: unknown, format: DocumentFormat<T>): MigrationResult<T> {
  const invalid = (message: string): MigrationResult<T> => ({ ok: false, reason: 'invalid', message })
  if (!isRecord(document)) return invalid('the file does not hold a JSON object')
  let version: number
  let value: unknown
  if (!('version' in document) && format.unversionedIs !== undefined) {
    version = format.unversionedIs
    value = document
  } else {
    const envelope = envelopeSchema.safeParse(document)
    if (!envelope.success) return invalid(describeZodError(envelope.error))
    if (!(format.key in document)) return invalid(`${format.key}: missing`)
    version = envelope.data.version
    value = document[format.key]
  }
  const current = currentVersionOf(format)
  if (version > current) {
    return {
      ok: false,
      reason: 'newer',
      message: `it was written by a newer version of Upright (${format.key} format ${version}; this version reads up to ${current})`,
      version,
      current
    }
  }
  if (version < format.firstVersion) return invalid(`format ${version} is older than this version can read`)
  try {
    for (const migrate of format.migrations.slice(version - format.firstVersion)) value = migrate(value)
  } catch (error) {
    return invalid(`migrating from format ${version} failed: ${errorMessage(error)}`)
  }
  const parsed = format.schema.safeParse(value)
  if (!parsed.success) return invalid(describeZodError(parsed.error))
  return { ok: true, value: parsed.data, fromVersion: version }
}

export function envelope<T>(format: DocumentFormat<T>, value: T): Record<string, unknown> {
  return { version: currentVersionOf(format), [format.key]: value }
}
