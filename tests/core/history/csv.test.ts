import { describe, expect, it } from 'vitest'
import {
  csvNumber,
  csvText,
  formatCsvField,
  formatCsvRecord,
  historyCsvColumns,
  historyToCsv
} from '../../../src/core/history'
import type { HistoryEvent } from '../../../src/shared/history'

describe('CSV fields', () => {
  it('leaves plain text and numbers alone', () => {
    expect(formatCsvField(csvText('completed'))).toBe('completed')
    expect(formatCsvField(csvNumber(12.5))).toBe('12.5')
    expect(formatCsvField(csvNumber(null))).toBe('')
    expect(formatCsvField(null)).toBe('')
  })

  it('quotes fields with commas, quotes or line breaks, doubling quotes', () => {
    expect(formatCsvField(csvText('a,b'))).toBe('"a,b"')
    expect(formatCsvField(csvText('say "hi"'))).toBe('"say ""hi"""')
    expect(formatCsvField(csvText('line one\nline two'))).toBe('"line one\nline two"')
    expect(formatCsvField(csvText('cr\r'))).toBe('"cr\r"')
  })

  it('neutralises formula injection in text fields only', () => {
    expect(formatCsvField(csvText('=SUM(A1:A9)'))).toBe("'=SUM(A1:A9)")
    expect(formatCsvField(csvText('+1'))).toBe("'+1")
    expect(formatCsvField(csvText('-2'))).toBe("'-2")
    expect(formatCsvField(csvText('@cmd'))).toBe("'@cmd")
    expect(formatCsvField(csvText('\tx'))).toBe("'\tx")
    // Prefix first, then quoting covers the comma and the quote.
    expect(formatCsvField(csvText('=HYPERLINK("http://x","y")'))).toBe('"\'=HYPERLINK(""http://x"",""y"")"')
    expect(formatCsvField(csvNumber(-3))).toBe('-3')
    expect(formatCsvField(csvText('a=b'))).toBe('a=b')
  })

  it('ends records with CRLF', () => {
    expect(formatCsvRecord([csvText('a'), null, csvNumber(1)])).toBe('a,,1\r\n')
  })
})

describe('history CSV export', () => {
  it('writes a header and one row per event with local time in the user zone', () => {
    const events: HistoryEvent[] = [
      // 01:59:59 EST, one second before the spring-forward gap
      { kind: 'posture', atMs: Date.parse('2026-03-08T06:59:59Z'), response: 'ignore' },
      // 03:00 EDT, just after it
      {
        kind: 'break',
        atMs: Date.parse('2026-03-08T07:00:00Z'),
        outcome: 'skipped',
        plannedSeconds: 300,
        takenSeconds: 12,
        activeMinutesBefore: 50
      },
      { kind: 'pause', atMs: Date.parse('2026-03-08T15:00:00.250Z'), minutes: null },
      { kind: 'checklist', atMs: Date.parse('2026-03-09T15:00:00Z'), okCount: 10, fixCount: 5, naCount: 1 },
      { kind: 'dailyLimit', atMs: Date.parse('2026-03-09T23:00:00Z'), activeMinutes: 481 }
    ]
    const lines = historyToCsv(events, { timeZone: 'America/New_York' }).split('\r\n')
    expect(lines[0]).toBe(historyCsvColumns.join(','))
    expect(lines[1]).toBe('2026-03-08T01:59:59-05:00,1772953199000,posture,ignore,,,,,,,,,,,,')
    expect(lines[2]).toBe('2026-03-08T03:00:00-04:00,1772953200000,break,,skipped,300,12,50,,,,,,,,')
    // to the second, with the offset; the milliseconds stay in epoch_ms
    expect(lines[3]).toBe('2026-03-08T11:00:00-04:00,1772982000250,pause,,,,,,,,,,,,,')
    expect(lines[4]).toBe('2026-03-09T11:00:00-04:00,1773068400000,checklist,,,,,,,,10,5,1,,,')
    // today's total at the reminder, in a column of its own so active_minutes still sums
    expect(lines[5]).toBe('2026-03-09T19:00:00-04:00,1773097200000,dailyLimit,,,,,,,,,,,,,481')
    expect(lines[6]).toBe('')
    expect(lines).toHaveLength(7)
  })

  it('sorts rows by time (a cue is written when its answer comes, after later lines), ties in log order', () => {
    const events: HistoryEvent[] = [
      { kind: 'active', atMs: Date.parse('2026-03-08T12:30:00Z'), minutes: 30 },
      { kind: 'posture', atMs: Date.parse('2026-03-08T12:20:00Z'), response: 'done' },
      { kind: 'resume', atMs: Date.parse('2026-03-08T12:30:00Z') },
      { kind: 'posture', atMs: Date.parse('2026-03-08T12:00:00Z'), response: 'unanswered' }
    ]
    const rows = historyToCsv(events, { timeZone: 'UTC' })
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.split(',').slice(0, 4).join(','))
    expect(rows).toEqual([
      '2026-03-08T12:00:00+00:00,1772971200000,posture,unanswered',
      '2026-03-08T12:20:00+00:00,1772972400000,posture,done',
      '2026-03-08T12:30:00+00:00,1772973000000,active,',
      '2026-03-08T12:30:00+00:00,1772973000000,resume,'
    ])
  })

  it('rejects an unknown time zone', () => {
    expect(() => historyToCsv([], { timeZone: 'Mars/Olympus' })).toThrow(RangeError)
  })
})
