import { appendFile, mkdir, open, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { HistoryEvent, HistoryQuery, HistoryReadResult } from '../../shared/history'
import type { StorageLibrary } from '../storage/ports'
import { errorCode, moveAside } from '../storage/set-aside'
import { parseHistoryText, serializeHistoryEvent, splitHistoryLines } from './history-lines'
import { errorMessage } from '../../shared/error-message'
import { message, type Message } from '../../shared/message'

export const historyFileName = 'history.jsonl'
/** Lines compaction could not read (damaged, or written by a newer version), kept verbatim. */
export const rejectedHistoryFileName = 'history.rejected.jsonl'
export const defaultRetentionDays = 400

const dayMs = 24 * 60 * 60 * 1000

/** What opening the log found and did; the counts are taken before the rewrite. */
export interface HistoryCompaction {
  keptEvents: number
  expiredEvents: number
  skippedLines: number
  rewritten: boolean
  /** Set when the rewrite was needed but failed; the log still works, just uncompacted. */
  error?: string
  /** Where an unreadable history file was set aside (history starts empty in memory). */
  setAsideAt?: string
}

export interface HistoryLog {
  readonly filePath: string
  readonly compaction: HistoryCompaction
  /** Validates and appends one line. Appends are applied in call order. */
  append(event: HistoryEvent): Promise<void>
  /** Flushes appended lines to the disk (fsync): at the end of a break and at quit. */
  sync(): Promise<void>
  /** What opening found that the user should hear about (set aside, lines kept apart), once. */
  takeRecoveryNotice(): Message | null
  readAll(): Promise<HistoryReadResult>
  /** Events with fromMs ≤ atMs < toMs (either bound may be omitted). */
  read(range: HistoryQuery): Promise<HistoryReadResult>
}

export interface OpenHistoryLogOptions {
  /** Its atomic writer rewrites the file at compaction. */
  library: Pick<StorageLibrary, 'writeTextAtomic'>
  dataDir: string
  nowMs?: () => number
  retentionDays?: number
}

async function readText(filePath: string): Promise<string> {
  try {
    return await readFile(filePath, 'utf8')
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return ''
    throw error
  }
}

/** Appends and fsyncs, so the kept lines are on disk before the main file drops them. */
async function appendDurably(filePath: string, text: string): Promise<void> {
  const handle = await open(filePath, 'a')
  try {
    await handle.appendFile(text, 'utf8')
    await handle.sync()
  } finally {
    await handle.close()
  }
}

function inRange(event: HistoryEvent, range: HistoryQuery): boolean {
  return (range.fromMs === undefined || event.atMs >= range.fromMs) && (range.toMs === undefined || event.atMs < range.toMs)
}

/**
 * Opens (creating the directory if needed) and compacts the log: events older than the
 * retention window are dropped by an atomic rewrite through the library's writer. Lines it
 * cannot read (damaged, or from a newer version) are never destroyed: they are copied to
 * history.rejected.jsonl first, or left in place if that copy fails. A file that cannot be
 * read at all is set aside and history starts empty; start-up never stops on history.
 */
export async function openHistoryLog(options: OpenHistoryLogOptions): Promise<HistoryLog> {
  const filePath = join(options.dataDir, historyFileName)
  const rejectedPath = join(options.dataDir, rejectedHistoryFileName)
  const nowMs = options.nowMs ?? Date.now
  const retentionMs = (options.retentionDays ?? defaultRetentionDays) * dayMs
  // At most one: a file that cannot be read has no lines to keep apart.
  let notice: Message | null = null

  await mkdir(options.dataDir, { recursive: true }).catch(() => undefined)
  let text = ''
  let setAsideAt: string | undefined
  try {
    text = await readText(filePath)
  } catch (error) {
    const problem = errorCode(error) ?? errorMessage(error)
    try {
      setAsideAt = moveAside(filePath, nowMs())
      notice = message('messages.storage.history.setAside', { detail: problem, keptAt: setAsideAt })
    } catch {
      notice = message('messages.storage.history.notMoved', { detail: problem, path: filePath })
    }
  }
  const { events, rejectedLines } = splitHistoryLines(text)
  const skippedLines = rejectedLines.length
  const cutoffMs = nowMs() - retentionMs
  const kept = events.filter((event) => event.atMs >= cutoffMs)
  const compaction: HistoryCompaction = {
    keptEvents: kept.length,
    expiredEvents: events.length - kept.length,
    skippedLines,
    rewritten: false,
    ...(setAsideAt === undefined ? {} : { setAsideAt })
  }
  // A last line without its newline would glue the next append onto it, losing both.
  let needsLeadingNewline = text.length > 0 && !text.endsWith('\n')

  if (compaction.expiredEvents > 0 || skippedLines > 0) {
    try {
      if (skippedLines > 0) await appendDurably(rejectedPath, rejectedLines.map((line) => `${line}\n`).join(''))
      await options.library.writeTextAtomic(filePath, kept.map(serializeHistoryEvent).join(''))
      compaction.rewritten = true
      needsLeadingNewline = false
      if (skippedLines > 0) {
        notice = message('messages.storage.history.linesKept', { count: skippedLines, path: rejectedPath })
      }
    } catch (error) {
      compaction.error = errorMessage(error)
      if (skippedLines > 0) notice = message('messages.storage.history.linesLeft', { count: skippedLines, path: filePath })
    }
  }

  // One queue for appends, so lines land in call order and a read sees no half-written line.
  let queue: Promise<void> = Promise.resolve()

  async function readAll(): Promise<HistoryReadResult> {
    await queue
    return parseHistoryText(await readText(filePath))
  }

  return {
    filePath,
    compaction,
    append(event) {
      // Validate now so a bad event rejects this call instead of poisoning the queue.
      let line: string
      try {
        line = serializeHistoryEvent(event)
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)))
      }
      const appended = queue.then(async () => {
        const prefix = needsLeadingNewline ? '\n' : ''
        try {
          await appendFile(filePath, prefix + line, 'utf8')
          needsLeadingNewline = false
        } catch (error) {
          // A failed append may have written part of the line; start the next one fresh.
          needsLeadingNewline = true
          throw error
        }
      })
      queue = appended.catch(() => undefined)
      return appended
    },
    readAll,
    sync() {
      const synced = queue.then(async () => {
        let handle
        try {
          handle = await open(filePath, 'r+')
        } catch (error) {
          if (errorCode(error) === 'ENOENT') return
          throw error
        }
        try {
          await handle.sync()
        } finally {
          await handle.close()
        }
      })
      queue = synced.catch(() => undefined)
      return synced
    },
    takeRecoveryNotice() {
      const taken = notice
      notice = null
      return taken
    },
    async read(range) {
      const all = await readAll()
      return { events: all.events.filter((event) => inRange(event, range)), skippedLines: all.skippedLines }
    }
  }
}
