import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { confStorage } from '../../../src/app/storage/conf-storage'
import { openRecordFile } from '../../../src/core/storage'

const noteSchema = z.object({ count: z.int().nonnegative() }).strict()
type Note = z.infer<typeof noteSchema>

function open(dataDir: string) {
  return openRecordFile<Note>(
    { library: confStorage, dataDir, nowMs: () => Date.parse('2026-03-02T09:00:00Z') },
    { name: 'note', key: 'note', schema: noteSchema, defaults: { count: 0 }, wording: { subject: 'The note', fallback: 'it starts at zero' } }
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
    expect(file.takeRecoveryNotice()).toMatch(/^The note could not be used because it is not valid JSON .* and it starts at zero\.$/)
    expect(file.takeRecoveryNotice()).toBeNull()
    expect(readdirSync(dataDir).some((name) => name.startsWith('note.corrupt-'))).toBe(true)
  })
})
