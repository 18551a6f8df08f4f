import { DateTime } from 'luxon'
import type { HistoryEvent } from '../../shared/history'

/*
 * CSV export of history (RFC 4180: CRLF records, header row, fields with a comma, quote or
 * line break quoted, quotes doubled). Text fields that a spreadsheet would read as a formula
 * (= + - @, and tab / carriage return per OWASP) get a leading apostrophe. Numbers are
 * left alone: a negative number is data, and no field of ours is negative anyway.
 */

export type CsvField = { text: string } | { number: number } | null

export const csvText = (value: string): CsvField => ({ text: value })
export const csvNumber = (value: number | null | undefined): CsvField =>
  value === null || value === undefined ? null : { number: value }

const formulaStart = /^[=+\-@\t\r]/
const needsQuotes = /[",\r\n]/

export function formatCsvField(field: CsvField): string {
  if (field === null) return ''
  const raw = 'text' in field ? (formulaStart.test(field.text) ? `'${field.text}` : field.text) : String(field.number)
  return needsQuotes.test(raw) ? `"${raw.replace(/"/g, '""')}"` : raw
}

export function formatCsvRecord(fields: readonly CsvField[]): string {
  return `${fields.map(formatCsvField).join(',')}\r\n`
}

export const historyCsvColumns = [
  'local_time',
  'epoch_ms',
  'kind',
  'response',
  'outcome',
  'planned_seconds',
  'taken_seconds',
  'active_minutes_before',
  'away_minutes',
  'pause_minutes',
  'checklist_ok',
  'checklist_fix',
  'checklist_na',
  'comfort_score',
  'active_minutes',
  /** a daily-limit reminder: today's active minutes then (not to be summed with active_minutes) */
  'day_active_minutes'
] as const

type HistoryCsvColumn = (typeof historyCsvColumns)[number]
type KindColumns = Partial<Record<HistoryCsvColumn, CsvField>>

function kindColumns(event: HistoryEvent): KindColumns {
  switch (event.kind) {
    case 'posture':
      return { response: csvText(event.response) }
    case 'break':
      return {
        outcome: csvText(event.outcome),
        planned_seconds: csvNumber(event.plannedSeconds),
        taken_seconds: csvNumber(event.takenSeconds),
        active_minutes_before: csvNumber(event.activeMinutesBefore)
      }
    case 'natural':
      return { away_minutes: csvNumber(event.awayMinutes), active_minutes_before: csvNumber(event.activeMinutesBefore) }
    case 'pause':
      // Empty means "until resumed".
      return { pause_minutes: csvNumber(event.minutes) }
    case 'resume':
      return {}
    case 'checklist':
      return { checklist_ok: csvNumber(event.okCount), checklist_fix: csvNumber(event.fixCount), checklist_na: csvNumber(event.naCount) }
    case 'comfort':
      return { comfort_score: csvNumber(event.score) }
    case 'active':
      return { active_minutes: csvNumber(event.minutes) }
    case 'dailyLimit':
      return { day_active_minutes: csvNumber(event.activeMinutes) }
  }
}

export interface HistoryCsvOptions {
  /** IANA zone for the local_time column, e.g. "America/New_York". */
  timeZone: string
}

/** Local time to the second with the zone's offset, e.g. 2026-03-06T16:49:30-05:00 (+00:00 for UTC). */
const localTimeFormat = "yyyy-MM-dd'T'HH:mm:ssZZ"

/**
 * Rows in time order (the log is in the order lines were written, and a cue is written when its
 * answer comes, after later events), ties in log order.
 */
export function historyToCsv(events: readonly HistoryEvent[], options: HistoryCsvOptions): string {
  const probe = DateTime.fromMillis(0, { zone: options.timeZone })
  if (!probe.isValid) throw new RangeError(`Unknown time zone: ${options.timeZone}`)
  const records = [formatCsvRecord(historyCsvColumns.map(csvText))]
  const ordered = events.map((event, index) => ({ event, index })).sort((a, b) => a.event.atMs - b.event.atMs || a.index - b.index)
  for (const { event } of ordered) {
    const local = DateTime.fromMillis(event.atMs, { zone: options.timeZone })
    const localTime = local.isValid ? local.toFormat(localTimeFormat) : null
    const columns: KindColumns = {
      local_time: localTime === null ? null : csvText(localTime),
      epoch_ms: csvNumber(event.atMs),
      kind: csvText(event.kind),
      ...kindColumns(event)
    }
    records.push(formatCsvRecord(historyCsvColumns.map((column) => columns[column] ?? null)))
  }
  return records.join('')
}
