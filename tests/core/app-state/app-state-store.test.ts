import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { confStorage } from '../../../src/app/storage/conf-storage'
import { openAppStateStore } from '../../../src/core/app-state/app-state-store'
import { defaultAppState } from '../../../src/shared/app-state'
import { inEnglish } from '../../helpers/message-words'

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'upright-state-'))

describe('app state store', () => {
  it('starts with defaults and keeps answers across reopen', () => {
    const dataDir = tempDir()
    const store = openAppStateStore({ library: confStorage, dataDir })
    expect(store.get()).toEqual(defaultAppState)
    store.update((state) => ({ ...state, checklist: { ...state.checklist, answers: { 'screen-height': 'fix' } } }))
    expect(openAppStateStore({ library: confStorage, dataDir }).get().checklist.answers).toEqual({ 'screen-height': 'fix' })
  })

  it('refuses an update that breaks the schema and keeps the previous state on disk', () => {
    const dataDir = tempDir()
    const store = openAppStateStore({ library: confStorage, dataDir })
    store.update((state) => ({ ...state, recentExerciseIds: ['chin-tuck'] }))
    expect(() =>
      store.update((state) => ({ ...state, recentExerciseIds: ['x'.repeat(61)] }))
    ).toThrow()
    expect(openAppStateStore({ library: confStorage, dataDir }).get().recentExerciseIds).toEqual(['chin-tuck'])
  })

  it('drops answers to items the checklist does not have, keeps the rest and sets nothing aside', () => {
    const dataDir = tempDir()
    const answers = { glare: 'fix', 'monitor-height': 'ok', 'Bad Id!': 'ok', ['x'.repeat(500)]: 'na' }
    writeFileSync(join(dataDir, 'state.json'), JSON.stringify({ version: 1, state: { ...defaultAppState, checklist: { answers, lastCompletedAtMs: null } } }))
    const store = openAppStateStore({ library: confStorage, dataDir })
    expect(store.get().checklist.answers).toEqual({ glare: 'fix' })
    expect(store.takeRecoveryNotice()).toBeNull()
    expect(readdirSync(dataDir)).toEqual(['state.json'])
  })

  it('moves a corrupt file aside, uses defaults and says so once', () => {
    const dataDir = tempDir()
    writeFileSync(join(dataDir, 'state.json'), '{"version":1,"state":{"checklist":')
    const store = openAppStateStore({ library: confStorage, dataDir, nowMs: () => Date.UTC(2026, 0, 2, 3, 4, 5) })
    expect(store.get()).toEqual(defaultAppState)
    expect(inEnglish(store.takeRecoveryNotice())).toMatch(/not valid JSON.*state\.corrupt-2026-01-02T03-04-05-000Z\.json/)
    expect(store.takeRecoveryNotice()).toBeNull()
    expect(readdirSync(dataDir)).toContain('state.corrupt-2026-01-02T03-04-05-000Z.json')
    expect(readFileSync(join(dataDir, 'state.corrupt-2026-01-02T03-04-05-000Z.json'), 'utf8')).toContain('"checklist":')
  })

  it('sets aside a file it cannot read (a directory in its place: EISDIR)', () => {
    const dataDir = tempDir()
    mkdirSync(join(dataDir, 'state.json'))
    const store = openAppStateStore({ library: confStorage, dataDir, nowMs: () => Date.UTC(2026, 0, 2, 3, 4, 5) })
    expect(inEnglish(store.takeRecoveryNotice())).toMatch(/could not be read \(EISDIR\).*state\.corrupt-2026-01-02T03-04-05-000Z\.json/)
    expect(statSync(join(dataDir, 'state.corrupt-2026-01-02T03-04-05-000Z.json')).isDirectory()).toBe(true)
    store.update((state) => ({ ...state, recentExerciseIds: ['chin-tuck'] }))
    expect(openAppStateStore({ library: confStorage, dataDir }).get().recentExerciseIds).toEqual(['chin-tuck'])
  })

  it('never overwrites a file it could neither read nor set aside', () => {
    const dataDir = tempDir()
    writeFileSync(join(dataDir, 'state.json'), 'not json')
    const cannotMove = (): string => {
      throw Object.assign(new Error('EBUSY: resource busy'), { code: 'EBUSY' })
    }
    const store = openAppStateStore({ library: confStorage, dataDir, setAside: cannotMove })
    expect(inEnglish(store.takeRecoveryNotice())).toMatch(/not valid JSON.*could not be moved aside.*left as it is/)
    expect(() => store.update((state) => ({ ...state, recentExerciseIds: ['chin-tuck'] }))).toThrow(/still in the way/)
    expect(readFileSync(join(dataDir, 'state.json'), 'utf8')).toBe('not json')
  })

  it('reads its version from the envelope and runs state migrations in order', () => {
    const dataDir = tempDir()
    writeFileSync(join(dataDir, 'state.json'), JSON.stringify({ version: 1, state: { old: true } }))
    const toV2 = (value: unknown): unknown => ({ ...(value as object), step: 2 })
    const toV3 = (value: unknown): unknown => {
      const { old, step, ...rest } = value as { old: boolean; step: number }
      return old && step === 2 ? { ...defaultAppState, ...rest } : null
    }
    const store = openAppStateStore({ library: confStorage, dataDir, migrations: [toV2, toV3] })
    expect(store.get()).toEqual(defaultAppState)
    expect(store.takeRecoveryNotice()).toBeNull()
    expect(JSON.parse(readFileSync(join(dataDir, 'state.json'), 'utf8'))).toEqual({ version: 3, state: defaultAppState })
  })

  it('sets aside a state file from a newer version instead of overwriting it', () => {
    const dataDir = tempDir()
    const newer = JSON.stringify({ version: 2, state: { future: true } })
    writeFileSync(join(dataDir, 'state.json'), newer)
    const store = openAppStateStore({ library: confStorage, dataDir, nowMs: () => Date.UTC(2026, 0, 2, 3, 4, 5) })
    expect(inEnglish(store.takeRecoveryNotice())).toMatch(/newer version of Upright/)
    expect(readFileSync(join(dataDir, 'state.corrupt-2026-01-02T03-04-05-000Z.json'), 'utf8')).toBe(newer)
  })

  it('moves aside a file with invalid content', () => {
    const dataDir = tempDir()
    writeFileSync(join(dataDir, 'state.json'), JSON.stringify({ version: 1, state: { checklist: 'nope' } }))
    const store = openAppStateStore({ library: confStorage, dataDir })
    expect(store.get()).toEqual(defaultAppState)
    expect(inEnglish(store.takeRecoveryNotice())).toMatch(/checklist/)
  })
})
