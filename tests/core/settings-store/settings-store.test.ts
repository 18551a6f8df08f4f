import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { confStorage } from '../../../src/app/storage/conf-storage'
import { currentSettingsVersion, openSettingsStore } from '../../../src/core/settings-store'
import { defaultSettings } from '../../../src/shared/settings'
import { inEnglish } from '../../helpers/message-words'

const fixedNowMs = Date.parse('2026-03-08T14:05:09.123Z')
const movedAsideName = 'settings.corrupt-2026-03-08T14-05-09-123Z.json'

let dataDir: string
const settingsPath = (): string => join(dataDir, 'settings.json')
const open = () => openSettingsStore({ library: confStorage, dataDir, nowMs: () => fixedNowMs })
const readDocument = (): unknown => JSON.parse(readFileSync(settingsPath(), 'utf8'))

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'upright-settings-'))
})

afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true })
})

describe('settings store: loading', () => {
  it('uses the defaults when there is no file, and creates none until something changes', () => {
    const store = open()
    expect(store.get()).toEqual(defaultSettings)
    expect(store.takeRecoveryNotice()).toBeNull()
    expect(readdirSync(dataDir)).toEqual([])
  })

  it('round-trips an update through a real file', () => {
    const store = open()
    const result = store.update({ break: { intervalMinutes: 40 }, body: { weakerSide: 'left' } })
    expect(result.ok).toBe(true)
    expect(readDocument()).toEqual({
      version: currentSettingsVersion,
      settings: { ...defaultSettings, break: { ...defaultSettings.break, intervalMinutes: 40 }, body: { ...defaultSettings.body, weakerSide: 'left' } }
    })
    const reopened = open()
    expect(reopened.get().break.intervalMinutes).toBe(40)
    expect(reopened.get().body.weakerSide).toBe('left')
    expect(reopened.takeRecoveryNotice()).toBeNull()
  })

  it('migrates the version-0 fixture and saves the result as the current version', () => {
    copyFileSync(fileURLToPath(new URL('../../fixtures/settings-v0.json', import.meta.url)), settingsPath())
    const store = open()
    const settings = store.get()
    expect(settings.posture).toEqual({ enabled: true, intervalMinutes: 15 })
    expect(settings.break).toEqual({
      ...defaultSettings.break,
      intervalMinutes: 45,
      durationMinutes: 1.5, // 90 s
      maxPostpones: 3,
      level: 'strict'
    })
    expect(settings.idle.thresholdSeconds).toBe(180)
    const officeDay = [{ start: '08:30', end: '16:30' }]
    expect(settings.workingHours).toEqual({
      enabled: true,
      days: { mon: officeDay, tue: officeDay, wed: officeDay, thu: officeDay, fri: officeDay, sat: [], sun: [] }
    })
    expect(settings.app).toEqual({ ...defaultSettings.app, launchAtLogin: true, sounds: false, breakSound: 'off', theme: 'dark' })
    expect(store.takeRecoveryNotice()).toBeNull()
    expect(readDocument()).toEqual({ version: currentSettingsVersion, settings })
  })

  it('moves a version-0 file with a value of the wrong type aside instead of defaulting it', () => {
    writeFileSync(settingsPath(), JSON.stringify({ breakInterval: 'forty-five' }))
    const store = open()
    expect(store.get()).toEqual(defaultSettings)
    expect(inEnglish(store.takeRecoveryNotice())).toMatch(/break\.intervalMinutes/)
    expect(readdirSync(dataDir)).toEqual([movedAsideName])
  })

  it('moves corrupt JSON aside, loads defaults and tells the user once', () => {
    writeFileSync(settingsPath(), '{"version": 1, "settings": {"posture": ')
    const store = open()
    expect(store.get()).toEqual(defaultSettings)
    expect(readdirSync(dataDir)).toEqual([movedAsideName])
    expect(readFileSync(join(dataDir, movedAsideName), 'utf8')).toBe('{"version": 1, "settings": {"posture": ')
    const notice = inEnglish(store.takeRecoveryNotice())
    expect(notice).toContain('not valid JSON')
    expect(notice).toContain(join(dataDir, movedAsideName))
    expect(notice).toContain('default settings')
    expect(store.takeRecoveryNotice()).toBeNull()
  })

  it('treats an empty file as corrupt', () => {
    writeFileSync(settingsPath(), '')
    const store = open()
    expect(inEnglish(store.takeRecoveryNotice())).toContain('not valid JSON')
    expect(readdirSync(dataDir)).toEqual([movedAsideName])
  })

  it('moves a file with invalid values aside, naming the field', () => {
    const settings = { ...defaultSettings, break: { ...defaultSettings.break, intervalMinutes: 0 } }
    writeFileSync(settingsPath(), JSON.stringify({ version: currentSettingsVersion, settings }))
    const store = open()
    expect(store.get()).toEqual(defaultSettings)
    expect(inEnglish(store.takeRecoveryNotice())).toMatch(/holds values this version of Upright cannot use \(break\.intervalMinutes: /)
    expect(readdirSync(dataDir)).toEqual([movedAsideName])
  })

  it('moves a file with a non-integer version aside', () => {
    writeFileSync(settingsPath(), JSON.stringify({ version: '1', settings: defaultSettings }))
    const store = open()
    expect(inEnglish(store.takeRecoveryNotice())).toMatch(/version/)
    expect(readdirSync(dataDir)).toEqual([movedAsideName])
  })

  it('does not overwrite a file from a newer version: it is kept aside, and the notice says why', () => {
    const newer = JSON.stringify({ version: currentSettingsVersion + 1, settings: { brandNew: true } })
    writeFileSync(settingsPath(), newer)
    const store = open()
    expect(store.get()).toEqual(defaultSettings)
    expect(inEnglish(store.takeRecoveryNotice())).toMatch(/newer version of Upright \(format \d+; this version reads up to \d+\)/)
    expect(readFileSync(join(dataDir, movedAsideName), 'utf8')).toBe(newer)
    store.update({ posture: { intervalMinutes: 30 } })
    expect(readFileSync(join(dataDir, movedAsideName), 'utf8')).toBe(newer)
  })

  it('never overwrites an earlier moved-aside copy', () => {
    writeFileSync(settingsPath(), 'not json')
    open()
    writeFileSync(settingsPath(), 'still not json')
    open()
    expect(readdirSync(dataDir).sort()).toEqual([movedAsideName, movedAsideName.replace('.json', '-2.json')].sort())
  })
})

describe('settings store: changes', () => {
  it('saves nothing while a patch or its result is invalid', () => {
    const store = open()
    store.update({ posture: { intervalMinutes: 25 } })
    const before = readFileSync(settingsPath(), 'utf8')

    const outOfRange = store.update({ break: { intervalMinutes: 0 } })
    expect(outOfRange).toMatchObject({ ok: false, message: expect.stringMatching(/^break\.intervalMinutes: /) as unknown })
    // No rule of its own was broken: Preferences gets zod's line as a detail inside a catalog sentence.
    expect(outOfRange).toMatchObject({ refusal: { key: 'messages.settings.invalid' } })

    // An IPC payload is untyped; the store still checks it.
    const unknownKey = store.update(JSON.parse('{"brake": {"intervalMinutes": 5}}') as never)
    expect(unknownKey.ok).toBe(false)

    const badRange = store.update({ workingHours: { days: { mon: [{ start: '17:00', end: '09:00' }] } } })
    expect(badRange.ok).toBe(false)

    expect(readFileSync(settingsPath(), 'utf8')).toBe(before)
    expect(store.get().posture.intervalMinutes).toBe(25)
    expect(store.get().break).toEqual(defaultSettings.break)
  })

  it('notifies listeners after a saved change, with the previous settings, until unsubscribed', () => {
    const store = open()
    const listener = vi.fn()
    const unsubscribe = store.onChange(listener)

    store.update({ posture: { intervalMinutes: 30 } })
    expect(listener).toHaveBeenCalledTimes(1)
    const [next, previous] = listener.mock.calls[0] as [typeof defaultSettings, typeof defaultSettings]
    expect(next.posture.intervalMinutes).toBe(30)
    expect(previous.posture.intervalMinutes).toBe(20)

    store.update({ posture: { intervalMinutes: 30 } }) // no change
    store.update({ posture: { intervalMinutes: -1 } }) // invalid
    expect(listener).toHaveBeenCalledTimes(1)

    unsubscribe()
    store.update({ posture: { intervalMinutes: 35 } })
    expect(listener).toHaveBeenCalledTimes(1)
  })

  it('keeps going when a listener throws', () => {
    const errors: unknown[] = []
    const store = openSettingsStore({ library: confStorage, dataDir, onListenerError: (error) => errors.push(error) })
    const second = vi.fn()
    store.onChange(() => {
      throw new Error('listener bug')
    })
    store.onChange(second)
    expect(store.update({ app: { sounds: false } })).toMatchObject({ ok: true })
    expect(second).toHaveBeenCalledTimes(1)
    expect(errors).toHaveLength(1)
    expect(open().get().app.sounds).toBe(false)
  })

  it('hands out frozen settings so nobody changes them behind the store', () => {
    const store = open()
    const settings = store.get()
    expect(Object.isFrozen(settings)).toBe(true)
    expect(Object.isFrozen(settings.workingHours.days.mon)).toBe(true)
    expect(() => {
      ;(settings.posture as { intervalMinutes: number }).intervalMinutes = 1
    }).toThrow(TypeError)
  })

  it('resets to the defaults and saves them', () => {
    const store = open()
    store.update({ break: { level: 'gentle' } })
    const listener = vi.fn()
    store.onChange(listener)
    expect(store.reset()).toEqual({ ok: true, settings: defaultSettings })
    expect(listener).toHaveBeenCalledTimes(1)
    expect(readDocument()).toEqual({ version: currentSettingsVersion, settings: defaultSettings })
  })

  it('writes atomically: no temp files are left next to settings.json', () => {
    const store = open()
    for (let minutes = 10; minutes < 30; minutes += 1) store.update({ posture: { intervalMinutes: minutes } })
    expect(readdirSync(dataDir)).toEqual(['settings.json'])
    expect(open().get().posture.intervalMinutes).toBe(29)
  })

  it('creates the data directory when it does not exist yet', () => {
    const nested = join(dataDir, 'a', 'b')
    const store = openSettingsStore({ library: confStorage, dataDir: nested })
    expect(store.update({ app: { theme: 'dark' } }).ok).toBe(true)
    expect(readdirSync(nested)).toEqual(['settings.json'])
  })
})
