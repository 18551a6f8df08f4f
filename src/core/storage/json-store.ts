import { join } from 'node:path'
import { currentVersionOf, type DocumentFormat, envelope, migrateDocument, type MigrationResult } from './versioned-document'
import type { JsonFile, StorageLibrary } from './ports'
import { errorCode, moveAside } from './set-aside'
import { errorMessage } from '../../shared/error-message'
import { message, type Message } from '../../shared/message'

/** The words a notice uses for one file: "Your settings file …", "Upright is using the default settings." */
export interface StoreWording {
  subject: Message
  fallback: Message
}

export interface OpenJsonStoreOptions<T> {
  library: StorageLibrary
  dataDir: string
  /** File name without `.json`. */
  name: string
  format: DocumentFormat<T>
  defaults: T
  wording: StoreWording
  /** Wall clock for the set-aside file name. */
  nowMs: () => number
  /** Tests stand in a set-aside that fails, as on a locked file. */
  setAside?: typeof moveAside
  /** Told about every save: null when it worked, the error when it did not (full disk, read-only folder). */
  onSaveResult?: (error: unknown) => void
}

/**
 * One versioned, zod-checked JSON file (settings.json, state.json). What the library lacks is
 * added here: a bad file (unreadable, not JSON, invalid, from a newer version) is set aside as
 * `<name>.corrupt-<time>.json` with a notice and the defaults are used, never silently
 * cleared; a file that cannot even be set aside is never overwritten.
 */
export interface JsonStore<T> {
  readonly filePath: string
  /** The value read at open (migrated), or the defaults. */
  readonly initial: T
  /** Writes `value` atomically. Throws with a sentence when it cannot. */
  save(value: T): void
  /** What happened to a damaged or unusable file: the message once, then null. */
  takeRecoveryNotice(): Message | null
}

/** Why a file was not used: `problem` is the sentence, `message` the same in English for logs and errors. */
type Rejection = { problem: Message; message: string; newer: boolean }

function classifyOpenError(error: unknown): Rejection {
  // conf parses with JSON.parse; anything else thrown while opening is the file system's.
  if (error instanceof SyntaxError) {
    return { problem: message('messages.storage.problem.corrupt', { detail: error.message }), message: `it is not valid JSON (${error.message})`, newer: false }
  }
  const detail = errorCode(error) ?? errorMessage(error)
  return { problem: message('messages.storage.problem.unreadable', { detail }), message: `it could not be read (${detail})`, newer: false }
}

function migrationRejection(failed: Extract<MigrationResult<unknown>, { ok: false }>): Rejection {
  const problem =
    failed.reason === 'newer'
      ? message('messages.storage.problem.newer', { version: failed.version, current: failed.current })
      : message('messages.storage.problem.invalid', { detail: failed.message })
  return { problem, message: failed.message, newer: failed.reason === 'newer' }
}

export function openJsonStore<T>(options: OpenJsonStoreOptions<T>): JsonStore<T> {
  const { library, format, wording } = options
  let notice: Message | null = null
  /** Set while a rejected file could not be moved aside: saving would destroy it. */
  let blockedBy: Rejection | null = null
  let file: JsonFile | null = null
  let filePath = join(options.dataDir, `${options.name}.json`)

  function describe(rejection: Rejection, keptAt: string): Message {
    return message(rejection.newer ? 'messages.storage.setAsideNewer' : 'messages.storage.setAside', {
      file: wording.subject,
      problem: rejection.problem,
      keptAt,
      fallback: wording.fallback
    })
  }

  function setAside(rejection: Rejection): boolean {
    try {
      notice = describe(rejection, (options.setAside ?? moveAside)(filePath, options.nowMs()))
      blockedBy = null
      return true
    } catch (error) {
      if (blockedBy === null) {
        notice = message('messages.storage.notMoved', {
          file: wording.subject,
          path: filePath,
          problem: rejection.problem,
          error: errorMessage(error),
          fallback: wording.fallback
        })
      }
      blockedBy = rejection
      return false
    }
  }

  function open(): Record<string, unknown> | null {
    const opened = library.openJsonFile(options.dataDir, options.name)
    file = opened.file
    filePath = opened.file.filePath
    return opened.document
  }

  let initial = options.defaults
  let fromVersion = currentVersionOf(format)
  let document: Record<string, unknown> | null = null
  try {
    document = open()
  } catch (error) {
    if (setAside(classifyOpenError(error))) {
      try {
        open()
      } catch {
        // Leaves `file` null: saves report the failure through their own result.
      }
    }
  }
  if (document !== null) {
    const migrated = migrateDocument(document, format)
    if (migrated.ok) {
      initial = migrated.value
      fromVersion = migrated.fromVersion
    } else {
      setAside(migrationRejection(migrated))
    }
  }

  function write(value: T): void {
    if (blockedBy !== null && !setAside(blockedBy)) {
      throw new Error(`the unusable ${filePath} is still in the way`)
    }
    if (file === null) open()
    file?.write(envelope(format, value))
  }

  function save(value: T): void {
    try {
      write(value)
    } catch (error) {
      options.onSaveResult?.(error)
      throw error
    }
    options.onSaveResult?.(null)
  }

  if (document !== null && fromVersion < currentVersionOf(format)) {
    // Persist the fully migrated, validated result; if that fails the old file stays and
    // is migrated again next time.
    try {
      save(initial)
    } catch {
      // Not fatal: the value in memory is right.
    }
  }

  return {
    get filePath() {
      return filePath
    },
    initial,
    save,
    takeRecoveryNotice() {
      const taken = notice
      notice = null
      return taken
    }
  }
}
