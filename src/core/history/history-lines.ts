import { historyEventSchema, type HistoryEvent, type HistoryReadResult } from '../../shared/history'
import { describeZodError } from '../../shared/settings'

/** One event as one line, newline included. Throws on an invalid event: that is a caller bug. */
export function serializeHistoryEvent(event: HistoryEvent): string {
  const parsed = historyEventSchema.safeParse(event)
  if (!parsed.success) throw new TypeError(`Invalid history event: ${describeZodError(parsed.error)}`)
  return `${JSON.stringify(parsed.data)}\n`
}

export function parseHistoryLine(line: string): HistoryEvent | null {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch {
    return null
  }
  const parsed = historyEventSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}

/**
 * Splits the whole log into events and the lines it could not read (torn by a crash
 * mid-append, damaged, out of bounds, or from a future kind), in file order. Blank lines are
 * neither: a hand edit leaves them and they hold nothing to lose.
 */
export function splitHistoryLines(text: string): { events: HistoryEvent[]; rejectedLines: string[] } {
  const events: HistoryEvent[] = []
  const rejectedLines: string[] = []
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    // Tolerates CRLF from a file edited on Windows.
    const line = text.slice(start, text.charCodeAt(end - 1) === 13 ? end - 1 : end)
    start = end + 1
    if (line.trim() === '') continue
    const event = parseHistoryLine(line)
    if (event === null) rejectedLines.push(line)
    else events.push(event)
  }
  return { events, rejectedLines }
}

/** The whole log; a line it cannot read is skipped and counted, never fatal. */
export function parseHistoryText(text: string): HistoryReadResult {
  const { events, rejectedLines } = splitHistoryLines(text)
  return { events, skippedLines: rejectedLines.length }
}
