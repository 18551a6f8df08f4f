import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { confStorage } from '../../../src/app/storage/conf-storage'
import { openHistoryLog, parseHistoryText, serializeHistoryEvent } from '../../../src/core/history'
import type { HistoryEvent } from '../../../src/shared/history'
import { inEnglish } from '../../helpers/message-words'

const dayMs = 86_400_000
const nowMs = Date.parse('2026-06-01T12:00:00Z')

let dataDir: string
const historyPath = (): string => join(dataDir, 'history.jsonl')
const open = (atMs = nowMs) => openHistoryLog({ library: confStorage, dataDir, nowMs: () => atMs })

const posture = (atMs: number): HistoryEvent => ({ kind: 'posture', atMs, response: 'done' })
const completedBreak = (atMs: number): HistoryEvent => ({
  kind: 'break',
  atMs,
  outcome: 'completed',
  plannedSeconds: 300,
  takenSeconds: 300,
  activeMinutesBefore: 50
})

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'upright-history-'))
})

afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true })
})

describe('history log', () => {
  it('appends one line per event and reads them back in order', async () => {
    const log = await open()
    const events: HistoryEvent[] = [
      posture(nowMs - 3000),
      completedBreak(nowMs - 2000),
      { kind: 'natural', atMs: nowMs - 1500, awayMinutes: 12.5, activeMinutesBefore: 31 },
      { kind: 'pause', atMs: nowMs - 1000, minutes: null },
      { kind: 'resume', atMs: nowMs - 900 },
      { kind: 'checklist', atMs: nowMs - 800, okCount: 12, fixCount: 3, naCount: 1 },
      { kind: 'comfort', atMs: nowMs - 700, score: 4 },
      { kind: 'active', atMs: nowMs - 600, minutes: 47.5 }
    ]
    await Promise.all(events.map((event) => log.append(event)))
    expect(await log.readAll()).toEqual({ events, skippedLines: 0 })
    expect(readFileSync(historyPath(), 'utf8').split('\n')).toHaveLength(events.length + 1)
    expect(log.compaction).toEqual({ keptEvents: 0, expiredEvents: 0, skippedLines: 0, rewritten: false })
  })

  it('reads a time range: from inclusive, to exclusive', async () => {
    const log = await open()
    for (const atMs of [1000, 2000, 3000, 4000].map((offset) => nowMs - 10_000 + offset)) await log.append(posture(atMs))
    const { events } = await log.read({ fromMs: nowMs - 8000, toMs: nowMs - 6000 })
    expect(events.map((event) => event.atMs)).toEqual([nowMs - 8000, nowMs - 7000])
  })

  it('rejects an invalid event without writing it, and keeps appending afterwards', async () => {
    const log = await open()
    const bad = { kind: 'comfort', atMs: nowMs, score: 11 } as HistoryEvent
    await expect(log.append(bad)).rejects.toThrow(/score/)
    await log.append(posture(nowMs))
    expect((await log.readAll()).events).toEqual([posture(nowMs)])
  })

  it('skips and counts a torn last line, and the next append starts on a fresh line', async () => {
    writeFileSync(historyPath(), serializeHistoryEvent(posture(nowMs - 2000)) + '{"kind":"break","atMs":17')
    const direct = parseHistoryText(readFileSync(historyPath(), 'utf8'))
    expect(direct).toEqual({ events: [posture(nowMs - 2000)], skippedLines: 1 })

    const log = await open()
    expect(log.compaction).toEqual({ keptEvents: 1, expiredEvents: 0, skippedLines: 1, rewritten: true })
    await log.append(posture(nowMs - 1000))
    expect(await log.readAll()).toEqual({ events: [posture(nowMs - 2000), posture(nowMs - 1000)], skippedLines: 0 })
  })

  it('guards against a complete last line that lacks its newline', async () => {
    writeFileSync(historyPath(), JSON.stringify(posture(nowMs - 2000)))
    const log = await open()
    expect(log.compaction.rewritten).toBe(false)
    await log.append(posture(nowMs - 1000))
    expect(await log.readAll()).toEqual({ events: [posture(nowMs - 2000), posture(nowMs - 1000)], skippedLines: 0 })
  })

  it('skips and counts invalid lines in the middle without losing the rest', () => {
    const lines = [
      serializeHistoryEvent(posture(nowMs - 5000)),
      'this is not json\n',
      '{"kind":"posture","atMs":1,"response":"maybe"}\n', // valid JSON, invalid event
      '{"kind":"teleport","atMs":1}\n', // a kind this version does not know
      '\n', // blank: nothing lost, not counted
      serializeHistoryEvent(completedBreak(nowMs - 4000)).replace('\n', '\r\n') // CRLF
    ]
    writeFileSync(historyPath(), '\uFEFF' + lines.join(''))
    expect(parseHistoryText(readFileSync(historyPath(), 'utf8'))).toEqual({
      events: [posture(nowMs - 5000), completedBreak(nowMs - 4000)],
      skippedLines: 3
    })
  })

  it('drops events older than 400 days on open and keeps the lines it cannot read in history.rejected.jsonl', async () => {
    const expired = [posture(nowMs - 401 * dayMs), posture(nowMs - 400 * dayMs - 1)]
    const kept = [posture(nowMs - 400 * dayMs), completedBreak(nowMs - dayMs), posture(nowMs)]
    // A line of a kind a newer version writes, and one out of the Date range (defect 1's line).
    const newer = JSON.stringify({ kind: 'hydration', atMs: nowMs - 10, glasses: 2 })
    const outOfRange = JSON.stringify({ kind: 'posture', atMs: 9007199254740991, response: 'done' })
    writeFileSync(historyPath(), [...expired, ...kept].map(serializeHistoryEvent).join('') + `garbage\n${newer}\n${outOfRange}\n`)
    const log = await open()
    expect(log.compaction).toEqual({ keptEvents: 3, expiredEvents: 2, skippedLines: 3, rewritten: true })
    expect(readFileSync(historyPath(), 'utf8')).toBe(kept.map(serializeHistoryEvent).join(''))
    expect(readFileSync(join(dataDir, 'history.rejected.jsonl'), 'utf8')).toBe(`garbage\n${newer}\n${outOfRange}\n`)
    expect(inEnglish(log.takeRecoveryNotice())).toMatch(/^3 history lines could not be read.*They were kept in .*history\.rejected\.jsonl\.$/)
    expect(log.takeRecoveryNotice()).toBeNull()
  })

  it('leaves unreadable lines in place when they cannot be copied aside', async () => {
    const line = JSON.stringify({ kind: 'hydration', atMs: nowMs, glasses: 2 })
    writeFileSync(historyPath(), serializeHistoryEvent(posture(nowMs - 401 * dayMs)) + `${line}\n`)
    // A directory where the rejected file goes: the copy fails, so nothing is rewritten.
    mkdirSync(join(dataDir, 'history.rejected.jsonl'))
    const log = await open()
    expect(log.compaction.rewritten).toBe(false)
    expect(readFileSync(historyPath(), 'utf8')).toContain(line)
    expect(inEnglish(log.takeRecoveryNotice())).toMatch(/left in place/)
  })

  it('starts empty when history.jsonl cannot be read, sets it aside and says so', async () => {
    mkdirSync(historyPath())
    const log = await open()
    expect(await log.readAll()).toEqual({ events: [], skippedLines: 0 })
    expect(inEnglish(log.takeRecoveryNotice())).toMatch(/could not be read \(EISDIR\).*history\.corrupt-.*\.jsonl.*starts afresh/)
    expect(readdirSync(dataDir).some((name) => /^history\.corrupt-.*\.jsonl$/.test(name))).toBe(true)
    await log.append(posture(nowMs))
    expect((await log.readAll()).events).toEqual([posture(nowMs)])
  })

  it('fsyncs on request after the queued appends', async () => {
    const log = await open()
    const appended = log.append(posture(nowMs))
    await log.sync()
    await appended
    expect(readFileSync(historyPath(), 'utf8')).toBe(serializeHistoryEvent(posture(nowMs)))
  })

  it('does not rewrite a clean file', async () => {
    appendFileSync(historyPath(), serializeHistoryEvent(posture(nowMs - dayMs)))
    const log = await open()
    expect(log.compaction.rewritten).toBe(false)
  })

  it('honours a shorter retention', async () => {
    writeFileSync(historyPath(), [posture(nowMs - 8 * dayMs), posture(nowMs - dayMs)].map(serializeHistoryEvent).join(''))
    const log = await openHistoryLog({ library: confStorage, dataDir, nowMs: () => nowMs, retentionDays: 7 })
    expect((await log.readAll()).events).toEqual([posture(nowMs - dayMs)])
  })

  it('starts empty when the file or the directory does not exist yet', async () => {
    const log = await openHistoryLog({ library: confStorage, dataDir: join(dataDir, 'new', 'dir'), nowMs: () => nowMs })
    expect(await log.readAll()).toEqual({ events: [], skippedLines: 0 })
    await log.append(posture(nowMs))
    expect((await log.readAll()).events).toHaveLength(1)
  })
})
