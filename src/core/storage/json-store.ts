import { join } from 'node:path'
import { currentVersionOf, type DocumentFormat, envelope, migrateDocument } from './versioned-document'
import type { JsonFile, StorageLibrary } from './ports'
import { errorCode, moveAside } from './set-aside'
import { errorMessage } from '../../shared/error-message'

/** The words a notice uses for one file: "Your settings …, Upright is using the default settings." */
export interface StoreWording {
  subject: string
  fallback: string
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
  takeRecoveryNotice(): string | null
}

type Rejection = { reason: 'unreadable' | 'corrupt' | 'invalid' | 'newer'; message: string }

function classifyOpenError(error: unknown): Rejection {
  // conf parses with JSON.parse; anything else thrown while opening is the file system's.
  if (error instanceof SyntaxError) return { reason: 'corrupt', message: `it is not valid JSON (${error.message})` }
  return { reason: 'unreadable', message: `it could not be read (${errorCode(error) ?? errorMessage(error)})` }
}

export function openJsonStore<T>(options: OpenJsonStoreOptions<T>): JsonStore<T> {
  const { library, format, wording } = options
  let notice: string | null = null
  /** Set while a rejected file could not be moved aside: saving would destroy it. */
  let blockedBy: Rejection | null = null
  let file: JsonFile | null = null
  let filePath = join(options.dataDir, `${options.name}.json`)

  function describe(rejection: Rejection, keptAt: string): string {
    if (rejection.reason === 'newer') {
      return `${wording.subject} were not loaded because ${rejection.message}. The file was kept as ${keptAt} so that version can still use it; ${wording.fallback}.`
    }
    const what = rejection.reason === 'invalid' ? `it holds invalid ${format.key} (${rejection.message})` : rejection.message
    return `${wording.subject} could not be used because ${what}. The file was kept as ${keptAt} and ${wording.fallback}.`
  }

  function setAside(rejection: Rejection): boolean {
    try {
      notice = describe(rejection, (options.setAside ?? moveAside)(filePath, options.nowMs()))
      blockedBy = null
      return true
    } catch (error) {
      if (blockedBy === null) {
        notice = `${wording.subject} in ${filePath} could not be used because ${rejection.message}, and the file could not be moved aside (${errorMessage(error)}). ${wording.fallback}; changes are kept until Upright quits, and the file is left as it is.`
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
      setAside(migrated)
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
