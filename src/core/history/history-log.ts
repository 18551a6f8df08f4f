import { appendFile, mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { HistoryEvent, HistoryQuery, HistoryReadResult } from '../../shared/history'
import { errorCode, writeFileAtomic } from '../settings-store/atomic-write-file'
import { parseHistoryText, serializeHistoryEvent } from './history-lines'

export const historyFileName = 'history.jsonl'
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
}

export interface HistoryLog {
  readonly filePath: string
  readonly compaction: HistoryCompaction
  /** Validates and appends one line. Appends are applied in call order. */
  append(event: HistoryEvent): Promise<void>
  readAll(): Promise<HistoryReadResult>
  /** Events with fromMs ≤ atMs < toMs (either bound may be omitted). */
  read(range: HistoryQuery): Promise<HistoryReadResult>
}

export interface OpenHistoryLogOptions {
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

function inRange(event: HistoryEvent, range: HistoryQuery): boolean {
  return (range.fromMs === undefined || event.atMs >= range.fromMs) && (range.toMs === undefined || event.atMs < range.toMs)
}

/**
 * Opens (creating the directory if needed) and compacts the log: events older than the
 * retention window and damaged lines are dropped by an atomic rewrite. The file is rewritten
 * only when there is something to drop, so a normal start costs one read.
 */
export async function openHistoryLog(options: OpenHistoryLogOptions): Promise<HistoryLog> {
  const filePath = join(options.dataDir, historyFileName)
  const nowMs = options.nowMs ?? Date.now
  const retentionMs = (options.retentionDays ?? defaultRetentionDays) * dayMs

  await mkdir(options.dataDir, { recursive: true })
  const text = await readText(filePath)
  const { events, skippedLines } = parseHistoryText(text)
  const cutoffMs = nowMs() - retentionMs
  const kept = events.filter((event) => event.atMs >= cutoffMs)
  const compaction: HistoryCompaction = {
    keptEvents: kept.length,
    expiredEvents: events.length - kept.length,
    skippedLines,
    rewritten: false
  }
  // A last line without its newline would glue the next append onto it, losing both.
  let needsLeadingNewline = text.length > 0 && !text.endsWith('\n')

  if (compaction.expiredEvents > 0 || skippedLines > 0) {
    try {
      await writeFileAtomic(filePath, kept.map(serializeHistoryEvent).join(''))
      compaction.rewritten = true
      needsLeadingNewline = false
    } catch (error) {
      compaction.error = error instanceof Error ? error.message : String(error)
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
    async read(range) {
      const all = await readAll()
      return { events: all.events.filter((event) => inRange(event, range)), skippedLines: all.skippedLines }
    }
  }
}
