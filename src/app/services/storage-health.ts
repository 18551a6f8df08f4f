import { errorCode } from '../../core/storage'
import { errorMessage } from '../../shared/error-message'
import { message, type Message } from '../../shared/message'

export type WriteResult<T> = { ok: true; value: T } | { ok: false; message: Message }

/** What the user reads when writes fail; `short` fits a tray menu row. Worded where it is shown. */
export function describeWriteFailure(error: unknown, dataDir: string): { message: Message; short: Message } {
  switch (errorCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return { message: message('messages.storage.write.diskFull', { dataDir }), short: message('messages.storage.write.diskFullShort') }
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return { message: message('messages.storage.write.readOnly', { dataDir }), short: message('messages.storage.write.readOnlyShort') }
    default:
      return {
        message: message('messages.storage.write.failed', { dataDir, reason: errorMessage(error) }),
        short: message('messages.storage.write.failedShort')
      }
  }
}

/**
 * The notices the user sees in the app (and the tray): files set aside at start, and a
 * write that fails (full disk, read-only folder), told once until a write succeeds again.
 * They are kept as messages, so each window words them in the language it shows now.
 */
export function createStorageHealth(deps: {
  dataDir: string
  /** The problem started or ended: the tray and open pages refresh. */
  onChange: () => void
  log: (message: string) => void
}) {
  let startNotices: Message[] = []
  /** A problem found at start that stays true until restart (an ignored policy file). */
  let standingLine: Message | null = null
  let problem: { message: Message; short: Message } | null = null
  let problemDismissed = false

  const health = {
    /** A file set aside at start (said once by its store; kept here until dismissed). */
    addStartNotice(notice: Message | null, trayLine: Message | null = null): void {
      if (notice) startNotices = [...startNotices, notice]
      if (trayLine) standingLine ??= trayLine
    },
    /** Something found while running that the user should read (a break held for hours): shown until dismissed. */
    addNotice(notice: Message): void {
      startNotices = [...startNotices, notice]
      deps.onChange()
    },
    /** The messages a page shows, in order, until dismissed; empty when all is well. */
    current(): Message[] {
      return problem !== null && !problemDismissed ? [...startNotices, problem.message] : startNotices
    },
    dismiss(): void {
      startNotices = []
      problemDismissed = true
    },
    /** A tray row while writes are failing or a start problem lasts (not dismissable: it is still true). */
    trayLine(): Message | null {
      return problem?.short ?? standingLine
    },
    writeFailed(error: unknown): void {
      if (problem !== null) return
      problem = describeWriteFailure(error, deps.dataDir)
      problemDismissed = false
      deps.log(`Upright: could not save to ${deps.dataDir}: ${errorMessage(error)}`)
      deps.onChange()
    },
    writeSucceeded(): void {
      if (problem === null) return
      problem = null
      deps.onChange()
    },
    /** Runs one write path: a failure becomes `ok: false` with the message above, never a throw. */
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
