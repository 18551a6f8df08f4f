import { randomBytes } from 'node:crypto'
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { mkdir, open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/*
 * Atomic replace: write a temp file in the same directory, fsync it, rename it over the
 * target, fsync the directory. A crash leaves either the old file or the new one, never half.
 *
 * Why not conf (electron-store's engine) for this: conf owns the file layout and its reading.
 * It throws or silently clears on a corrupt file (we must move it aside and tell the user),
 * keeps semver-keyed migrations under its own `__internal__` key (we need `{ version, settings }`
 * with integer versions), validates with ajv instead of our zod schema, re-reads the file on
 * every `get`, and importing it hooks process exit and signal handlers (atomically → when-exit),
 * an import-time side effect src/core must not have. What would be left to use is its writer,
 * which is these few lines.
 */

/** Windows: antivirus and indexers briefly lock freshly written files; rename then fails. */
const retryableRenameCodes = new Set(['EPERM', 'EACCES', 'EBUSY'])
const renameAttempts = 10
const renameRetryDelayMs = 25

function tempPathFor(filePath: string): string {
  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`
  return join(dirname(filePath), `.${basename(filePath)}.${suffix}.tmp`)
}

/** The `code` of a Node system error (ENOENT, EACCES, …), if there is one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const { code } = error
    return typeof code === 'string' ? code : undefined
  }
  return undefined
}

function sleepSync(milliseconds: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, milliseconds)
}

function renameWithRetrySync(from: string, to: string): void {
  for (let attempt = 1; ; attempt += 1) {
    try {
      renameSync(from, to)
      return
    } catch (error) {
      if (attempt >= renameAttempts || !retryableRenameCodes.has(errorCode(error) ?? '')) throw error
      sleepSync(renameRetryDelayMs * attempt)
    }
  }
}

async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await rename(from, to)
      return
    } catch (error) {
      if (attempt >= renameAttempts || !retryableRenameCodes.has(errorCode(error) ?? '')) throw error
      await new Promise((resolve) => setTimeout(resolve, renameRetryDelayMs * attempt))
    }
  }
}

/** Makes the rename itself durable on POSIX; Windows cannot open directories, which is fine. */
function fsyncDirectorySync(directory: string): void {
  let fd: number | undefined
  try {
    fd = openSync(directory, 'r')
    fsyncSync(fd)
  } catch {
    // Best effort: the data file itself is already fsynced.
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

async function fsyncDirectory(directory: string): Promise<void> {
  try {
    const handle = await open(directory, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // Best effort, as above.
  }
}

export function writeFileAtomicSync(filePath: string, data: string): void {
  const directory = dirname(filePath)
  mkdirSync(directory, { recursive: true })
  const tempPath = tempPathFor(filePath)
  try {
    // 'wx' so a leftover temp file with the same name is never written through.
    const fd = openSync(tempPath, 'wx')
    try {
      writeFileSync(fd, data, 'utf8')
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameWithRetrySync(tempPath, filePath)
  } catch (error) {
    rmSync(tempPath, { force: true })
    throw error
  }
  fsyncDirectorySync(directory)
}

export async function writeFileAtomic(filePath: string, data: string): Promise<void> {
  const directory = dirname(filePath)
  await mkdir(directory, { recursive: true })
  const tempPath = tempPathFor(filePath)
  try {
    const handle = await open(tempPath, 'wx')
    try {
      await handle.writeFile(data, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await renameWithRetry(tempPath, filePath)
  } catch (error) {
    await rm(tempPath, { force: true })
    throw error
  }
  await fsyncDirectory(directory)
}
