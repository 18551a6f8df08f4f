import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Conf from 'conf'
import { describe, expect, it } from 'vitest'
import { confStorage } from '../../../src/app/storage/conf-storage'

/*
 * What conf (electron-store's engine) guarantees on its own, and what the JSON store adds.
 * The `it.fails` cases state a guarantee DESIGN §4 needs that conf does not give: they fail
 * against the library (so vitest reports them as expected failures); the JSON store's own
 * tests (tests/core/settings-store, tests/core/app-state) show the workaround holding.
 */

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'upright-conf-'))

describe('conf alone', () => {
  it.fails('keeps a corrupt file when clearInvalidConfig is on (it does not: the next write replaces it)', () => {
    const cwd = tempDir()
    writeFileSync(join(cwd, 'settings.json'), '{"version": 1, "settings": {"posture": ')
    const store = new Conf<Record<string, unknown>>({ cwd, configName: 'settings', clearInvalidConfig: true })
    expect(store.store).toEqual({}) // silently empty: no error, no notice
    store.store = { version: 1, settings: {} }
    // The user's file is gone, with no copy anywhere.
    expect(readdirSync(cwd).some((name) => readFileSync(join(cwd, name), 'utf8').includes('"posture": '))).toBe(true)
  })

  it.fails('opens on a corrupt file when clearInvalidConfig is off (it does not: the constructor throws)', () => {
    const cwd = tempDir()
    writeFileSync(join(cwd, 'settings.json'), 'not json')
    expect(() => new Conf<Record<string, unknown>>({ cwd, configName: 'settings' })).not.toThrow()
  })

  it.fails('reads a JSON file that is not an object as unusable (it does not: [1] becomes {"0": 1})', () => {
    const cwd = tempDir()
    writeFileSync(join(cwd, 'settings.json'), '[1]')
    expect(() => new Conf<Record<string, unknown>>({ cwd, configName: 'settings' }).store).toThrow()
  })
})

describe('the conf adapter (what the JSON store builds on)', () => {
  it('reports a corrupt or non-object file as a SyntaxError for the store to set aside', () => {
    const cwd = tempDir()
    writeFileSync(join(cwd, 'settings.json'), 'not json')
    expect(() => confStorage.openJsonFile(cwd, 'settings')).toThrow(SyntaxError)
    writeFileSync(join(cwd, 'state.json'), '[1]')
    expect(() => confStorage.openJsonFile(cwd, 'state')).toThrow(/does not hold a JSON object/)
  })

  it('reads a BOM-prefixed file, and writes through the library with no temp file left', () => {
    const cwd = tempDir()
    writeFileSync(join(cwd, 'settings.json'), '\uFEFF{"version": 1}')
    const opened = confStorage.openJsonFile(cwd, 'settings')
    expect(opened.document).toEqual({ version: 1 })
    opened.file.write({ version: 2 })
    expect(JSON.parse(readFileSync(join(cwd, 'settings.json'), 'utf8'))).toEqual({ version: 2 })
    expect(readdirSync(cwd)).toEqual(['settings.json'])
  })

  it('opens a missing file as null and creates nothing', () => {
    const cwd = tempDir()
    expect(confStorage.openJsonFile(cwd, 'settings').document).toBeNull()
    expect(readdirSync(cwd)).toEqual([])
  })
})
