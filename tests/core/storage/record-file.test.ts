import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { confStorage } from '../../../src/app/storage/conf-storage'
import { openRecordFile } from '../../../src/core/storage'
import { messageText } from '../../../src/shared/i18n/message-text'
import { message } from '../../../src/shared/message'
import { i18nShowing, inEnglish } from '../../helpers/message-words'

const noteSchema = z.object({ count: z.int().nonnegative() }).strict()
type Note = z.infer<typeof noteSchema>

function open(dataDir: string) {
  return openRecordFile<Note>(
    { library: confStorage, dataDir, nowMs: () => Date.parse('2026-03-02T09:00:00Z') },
    { name: 'note', key: 'note', schema: noteSchema, defaults: { count: 0 }, wording: { subject: message('messages.storage.file.counts'), fallback: message('messages.storage.fallback.counts') } }
  )
}

describe('a record in its own JSON file', () => {
  it('starts from the defaults, and reads back what it saved', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'upright-record-'))
    const first = open(dataDir)
    expect(first.initial).toEqual({ count: 0 })
    expect(first.save({ count: 3 })).toEqual({ count: 3 })
    expect(open(dataDir).initial).toEqual({ count: 3 })
  })

  it('refuses to write a value its schema does not accept', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'upright-record-'))
    const file = open(dataDir)
    file.save({ count: 1 })
    expect(() => file.save({ count: -1 })).toThrow()
    expect(open(dataDir).initial).toEqual({ count: 1 })
  })

  it('sets a damaged file aside with a notice in its own words, and uses the defaults', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'upright-record-'))
    writeFileSync(join(dataDir, 'note.json'), '{ nope')
    const file = open(dataDir)
    expect(file.initial).toEqual({ count: 0 })
    const notice = file.takeRecoveryNotice()
    expect(inEnglish(notice)).toMatch(
      /^The file with your break and posture counts could not be used\. It is not valid JSON \(.*\)\. It was kept as .*note\.corrupt-.*\.json\. Both counts start fresh\.$/
    )
    expect(file.takeRecoveryNotice()).toBeNull()
    expect(readdirSync(dataDir).some((name) => name.startsWith('note.corrupt-'))).toBe(true)
  })

  it('words its notice where it is shown: in German, every part of it is German', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'upright-record-'))
    writeFileSync(join(dataDir, 'note.json'), '{ nope')
    const notice = open(dataDir).takeRecoveryNotice()
    if (notice === null) throw new Error('expected a notice')
    const german = messageText((await i18nShowing('de')).t, notice)
    expect(german).toMatch(/^Die Datei mit Ihren Pausen- und Haltungszählern konnte nicht verwendet werden\. Sie enthält kein gültiges JSON/)
    expect(german).toContain('Beide Zähler beginnen neu.')
    expect(german).not.toMatch(/could not|kept as|start fresh/)
  })
})
