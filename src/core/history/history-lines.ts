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
 * Parses the whole log. A torn line (a crash mid-append), an invalid line or one from a
 * future kind is skipped and counted, never fatal. Blank lines are not counted: a hand edit
 * leaves them and they hold nothing to lose.
 */
export function parseHistoryText(text: string): HistoryReadResult {
  const events: HistoryEvent[] = []
  let skippedLines = 0
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    // Tolerates CRLF from a file edited on Windows.
    const line = text.slice(start, text.charCodeAt(end - 1) === 13 ? end - 1 : end)
    start = end + 1
    if (line.trim() === '') continue
    const event = parseHistoryLine(line)
    if (event === null) skippedLines += 1
    else events.push(event)
  }
  return { events, skippedLines }
}
