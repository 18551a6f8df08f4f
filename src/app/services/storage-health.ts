import { errorCode } from '../../core/storage'
import { errorMessage } from '../../shared/error-message'

export type WriteResult<T> = { ok: true; value: T } | { ok: false; message: string }

/** What the user reads when writes fail; short enough for a tray menu row too. */
export function describeWriteFailure(error: unknown, dataDir: string): { message: string; short: string } {
  switch (errorCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return {
        message: `The disk holding Upright's data (${dataDir}) is full, so changes and history are not being saved. Free some space and they will be saved again.`,
        short: 'Not saving: the disk is full'
      }
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return {
        message: `Upright's data folder (${dataDir}) is read-only, so changes and history are not being saved.`,
        short: 'Not saving: the data folder is read-only'
      }
    default:
      return {
        message: `Upright could not save to its data folder (${dataDir}): ${errorMessage(error)}.`,
        short: 'Not saving: the data folder cannot be written'
      }
  }
}

/**
 * The notices the user sees in the app (and the tray): files set aside at start, and a
 * write that fails (full disk, read-only folder), told once until a write succeeds again.
 */
export function createStorageHealth(deps: {
  dataDir: string
  /** The problem started or ended: the tray and open pages refresh. */
  onChange: () => void
  log: (message: string) => void
}) {
  let startNotice: string | null = null
  /** A problem found at start that stays true until restart (an ignored policy file). */
  let standingLine: string | null = null
  let problem: { message: string; short: string } | null = null
  let problemDismissed = false

  const health = {
    /** A file set aside at start (said once by its store; kept here until dismissed). */
    addStartNotice(notice: string | null, trayLine: string | null = null): void {
      if (notice) startNotice = startNotice === null ? notice : `${startNotice} ${notice}`
      if (trayLine) standingLine ??= trayLine
    },
    /** Something found while running that the user should read (a break held for hours): shown until dismissed. */
    addNotice(notice: string): void {
      startNotice = startNotice === null ? notice : `${startNotice} ${notice}`
      deps.onChange()
    },
    /** The message a page shows, until dismissed. */
    current(): string | null {
      const parts = [startNotice, problem !== null && !problemDismissed ? problem.message : null]
      return parts.filter(Boolean).join(' ') || null
    },
    dismiss(): void {
      startNotice = null
      problemDismissed = true
    },
    /** A tray row while writes are failing or a start problem lasts (not dismissable: it is still true). */
    trayLine(): string | null {
      return problem?.short ?? standingLine
    },
    writeFailed(error: unknown): void {
      if (problem !== null) return
      problem = describeWriteFailure(error, deps.dataDir)
      problemDismissed = false
      deps.log(`Upright: ${problem.message} (${errorMessage(error)})`)
      deps.onChange()
    },
    writeSucceeded(): void {
      if (problem === null) return
      problem = null
      deps.onChange()
    },
    /** Runs one write path: a failure becomes `ok: false` with the sentence above, never a throw. */
    guard<T>(write: () => T): WriteResult<T> {
      try {
        const value = write()
        health.writeSucceeded()
        return { ok: true, value }
      } catch (error) {
        health.writeFailed(error)
        return { ok: false, message: describeWriteFailure(error, deps.dataDir).message }
      }
    },
    async guardAsync<T>(write: () => Promise<T>): Promise<WriteResult<T>> {
      try {
        const value = await write()
        health.writeSucceeded()
        return { ok: true, value }
      } catch (error) {
        health.writeFailed(error)
        return { ok: false, message: describeWriteFailure(error, deps.dataDir).message }
      }
    }
  }
  return health
}

export type StorageHealth = ReturnType<typeof createStorageHealth>
