import { existsSync, renameSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'

/**
 * "2026-03-08T14:05:09.123Z" → "2026-03-08T14-05-09-123Z": sortable, and free of the
 * colons Windows does not allow in file names.
 */
export function fileNameTimestamp(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/[:.]/g, '-')
}

/**
 * Renames `settings.json` to `settings.corrupt-<timestamp>.json` next to it and returns the
 * new path. Never overwrites an earlier copy: two recoveries in the same millisecond get a
 * counter.
 */
export function moveAside(filePath: string, epochMs: number): string {
  const extension = extname(filePath)
  const stem = basename(filePath, extension)
  const base = `${stem}.corrupt-${fileNameTimestamp(epochMs)}`
  let target = join(dirname(filePath), `${base}${extension}`)
  for (let counter = 2; existsSync(target); counter += 1) {
    target = join(dirname(filePath), `${base}-${counter}${extension}`)
  }
  renameSync(filePath, target)
  return target
}

/** The `code` of a Node system error (ENOENT, EACCES, …), if there is one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const { code } = error
    return typeof code === 'string' ? code : undefined
  }
  return undefined
}

