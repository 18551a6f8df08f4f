import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeFileAtomic, writeFileAtomicSync } from '../../../src/core/settings-store'

let dir: string

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'upright-atomic-'))
})

afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('atomic file writes', () => {
  it('replaces the file and leaves nothing else behind', async () => {
    const target = join(dir, 'data.json')
    writeFileSync(target, 'old')
    writeFileAtomicSync(target, 'new')
    expect(readFileSync(target, 'utf8')).toBe('new')
    await writeFileAtomic(target, 'newer')
    expect(readFileSync(target, 'utf8')).toBe('newer')
    expect(readdirSync(dir)).toEqual(['data.json'])
  })

  it('removes its temp file when the rename fails', async () => {
    // A non-empty directory in the way makes rename fail on every platform.
    const target = join(dir, 'blocked')
    mkdirSync(target)
    writeFileSync(join(target, 'keep'), 'x')
    expect(() => writeFileAtomicSync(target, 'data')).toThrow()
    await expect(writeFileAtomic(target, 'data')).rejects.toThrow()
    expect(readdirSync(dir)).toEqual(['blocked'])
  })
})
