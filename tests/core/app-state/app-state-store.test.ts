import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openAppStateStore } from '../../../src/core/app-state/app-state-store'
import { defaultAppState } from '../../../src/shared/app-state'

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'upright-state-'))

describe('app state store', () => {
  it('starts with defaults and keeps answers across reopen', () => {
    const dataDir = tempDir()
    const store = openAppStateStore({ dataDir })
    expect(store.get()).toEqual(defaultAppState)
    store.update((state) => ({ ...state, checklist: { ...state.checklist, answers: { 'monitor-height': 'fix' } } }))
    expect(openAppStateStore({ dataDir }).get().checklist.answers).toEqual({ 'monitor-height': 'fix' })
  })

  it('refuses an update that breaks the schema and keeps the previous state on disk', () => {
    const dataDir = tempDir()
    const store = openAppStateStore({ dataDir })
    store.update((state) => ({ ...state, recentExerciseIds: ['chin-tuck'] }))
    expect(() =>
      store.update((state) => ({ ...state, checklist: { ...state.checklist, answers: { 'Bad Id!': 'ok' } } }))
    ).toThrow()
    expect(openAppStateStore({ dataDir }).get().recentExerciseIds).toEqual(['chin-tuck'])
  })

  it('moves a corrupt file aside, uses defaults and says so once', () => {
    const dataDir = tempDir()
    writeFileSync(join(dataDir, 'state.json'), '{"version":1,"state":{"checklist":')
    const store = openAppStateStore({ dataDir, nowMs: () => Date.UTC(2026, 0, 2, 3, 4, 5) })
    expect(store.get()).toEqual(defaultAppState)
    expect(store.takeRecoveryNotice()).toMatch(/not valid JSON.*state\.corrupt-2026-01-02T03-04-05-000Z\.json/)
    expect(store.takeRecoveryNotice()).toBeNull()
    expect(readdirSync(dataDir)).toContain('state.corrupt-2026-01-02T03-04-05-000Z.json')
    expect(readFileSync(join(dataDir, 'state.corrupt-2026-01-02T03-04-05-000Z.json'), 'utf8')).toContain('"checklist":')
  })

  it('never overwrites a file it could neither read nor set aside', () => {
    const dataDir = tempDir()
    // A directory where the file should be: reading fails with EISDIR, as a locked file would.
    mkdirSync(join(dataDir, 'state.json'))
    const store = openAppStateStore({ dataDir })
    expect(store.takeRecoveryNotice()).toMatch(/could not read .*left as it is/)
    store.update((state) => ({ ...state, recentExerciseIds: ['chin-tuck'] }))
    expect(store.get().recentExerciseIds).toEqual(['chin-tuck'])
    expect(statSync(join(dataDir, 'state.json')).isDirectory()).toBe(true)
  })

  it('moves aside a file with invalid content', () => {
    const dataDir = tempDir()
    writeFileSync(join(dataDir, 'state.json'), JSON.stringify({ version: 1, state: { checklist: 'nope' } }))
    const store = openAppStateStore({ dataDir })
    expect(store.get()).toEqual(defaultAppState)
    expect(store.takeRecoveryNotice()).toMatch(/checklist/)
  })
})
