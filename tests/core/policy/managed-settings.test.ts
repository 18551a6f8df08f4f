import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { confStorage } from '../../../src/app/storage/conf-storage'
import { manageSettings, openUserChoicesStore, parsePolicy, type Policy } from '../../../src/core/policy'
import { currentSettingsVersion, openSettingsStore, saveFailure } from '../../../src/core/settings-store'
import { defaultSettings, type Settings } from '../../../src/shared/settings'

let dataDir: string
let logs: string[]

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'upright-managed-'))
  logs = []
})

afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true })
})

const policy = (document: unknown): Policy => {
  const parsed = parsePolicy(JSON.stringify(document))
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.policy
}

const teamPolicy = policy({
  defaults: { break: { intervalMinutes: 30, level: 'strict' }, app: { theme: 'light' } },
  locked: ['break.level']
})

/** Opens the stores as app-services does: the user's settings, the record of choices, the policy on top. */
function open(withPolicy: Policy | null = teamPolicy) {
  const store = openSettingsStore({ library: confStorage, dataDir })
  const choices = openUserChoicesStore({ library: confStorage, dataDir, saved: store.get() })
  return manageSettings({ store, choices, policy: withPolicy, log: (message) => logs.push(message) })
}

function writeUserSettings(settings: Settings): void {
  writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ version: currentSettingsVersion, settings }))
}

describe('managed settings: defaults where the user has not chosen', () => {
  it('starts a fresh install on the policy defaults and locked values', () => {
    const settings = open().get()
    expect(settings.break).toMatchObject({ intervalMinutes: 30, level: 'strict' })
    expect(settings.app.theme).toBe('light')
    expect(settings.posture).toEqual(defaultSettings.posture)
  })

  it("keeps a value the user chose, even one equal to Upright's own default, across restarts", () => {
    const managed = open()
    expect(managed.update({ break: { intervalMinutes: 50 } })).toMatchObject({ ok: true, settings: { break: { intervalMinutes: 50 } } })
    expect(open().get().break.intervalMinutes).toBe(50)
    expect(JSON.parse(readFileSync(join(dataDir, 'choices.json'), 'utf8'))).toEqual({ version: 1, choices: ['break.intervalMinutes'] })
    // The other policy default still applies.
    expect(open().get().app.theme).toBe('light')
  })

  it('tells listeners when a choice changes what is in effect even though settings.json does not change', () => {
    const managed = open()
    const seen: number[] = []
    managed.onChange((next, previous) => seen.push(previous.break.intervalMinutes, next.break.intervalMinutes))
    managed.update({ break: { intervalMinutes: 50 } })
    expect(seen).toEqual([30, 50])
  })

  it('counts values that differ from the defaults as chosen on an install from before choices were recorded', () => {
    writeUserSettings({ ...defaultSettings, break: { ...defaultSettings.break, intervalMinutes: 45 } })
    const settings = open().get()
    expect(settings.break.intervalMinutes).toBe(45)
    expect(settings.app.theme).toBe('light')
  })

  it('records choices without a policy, so a policy that arrives later respects them', () => {
    open(null).update({ app: { theme: 'system' } })
    expect(open().get().app.theme).toBe('system')
  })
})

describe('managed settings: locked keys', () => {
  it("always use the policy's value, whatever settings.json says", () => {
    writeUserSettings({ ...defaultSettings, break: { ...defaultSettings.break, level: 'gentle' } })
    expect(open().get().break.level).toBe('strict')
  })

  it('refuse a change as a whole, naming the key, and save nothing', () => {
    const managed = open()
    const result = managed.update({ break: { level: 'gentle', intervalMinutes: 20 } })
    expect(result).toEqual({
      ok: false,
      message: 'break.level is set by your organisation and cannot be changed',
      refusal: { key: 'messages.settings.locked', values: { keys: 'break.level' } }
    })
    expect(managed.get().break.intervalMinutes).toBe(30)
    expect(managed.lockedIn({ break: { level: 'gentle' } })).toEqual(['break.level'])
    expect(managed.lockedKeys()).toEqual(['break.level'])
  })

  it('keep their values through a reset, which returns to the defaults in force', () => {
    const managed = open()
    managed.update({ break: { intervalMinutes: 20 }, app: { theme: 'dark' }, posture: { intervalMinutes: 15 } })
    const reset = managed.reset()
    expect(reset).toMatchObject({ ok: true, settings: { break: { intervalMinutes: 30, level: 'strict' }, app: { theme: 'light' } } })
    expect(managed.get().posture.intervalMinutes).toBe(defaultSettings.posture.intervalMinutes)
    expect(open().get().break).toMatchObject({ intervalMinutes: 30, level: 'strict' })
  })
})

describe('managed settings: bad input', () => {
  it('refuses an invalid change with the field named and records no choice', () => {
    const managed = open()
    const result = managed.update({ break: { intervalMinutes: 0 } })
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/break\.intervalMinutes/) as unknown })
    expect(open().get().break.intervalMinutes).toBe(30)
  })

  it('saves nothing when the record of choices cannot be written', () => {
    const store = openSettingsStore({ library: confStorage, dataDir })
    const managed = manageSettings({
      store,
      choices: {
        keys: () => new Set(),
        save: () => {
          throw new Error('the disk is full')
        },
        takeRecoveryNotice: () => null
      },
      policy: teamPolicy,
      log: (message) => logs.push(message)
    })
    expect(managed.update({ break: { intervalMinutes: 45 } })).toEqual({
      ok: false,
      message: 'Settings could not be saved: the disk is full',
      refusal: { key: 'messages.settings.saveFailed', values: { reason: 'the disk is full' } }
    })
    expect(managed.get().break.intervalMinutes).toBe(30)
    expect(store.get().break.intervalMinutes).toBe(defaultSettings.break.intervalMinutes)
  })
})

describe('managed settings: saved settings that break a rule once the policy is applied', () => {
  // The user chose a 60 min daily limit; later the organisation locks a 90 min break interval.
  const lockedInterval = policy({ defaults: { break: { intervalMinutes: 90 } }, locked: ['break.intervalMinutes'] })
  const conflicting: Settings = {
    ...defaultSettings,
    dailyLimit: { ...defaultSettings.dailyLimit, enabled: true, minutes: 60 },
    app: { ...defaultSettings.app, theme: 'dark' }
  }
  const conflictNotice = { key: 'messages.policy.conflict', values: { keys: 'dailyLimit.minutes' } }

  it("start on the locked value, set only the user's conflicting value back to its default, and say so once", () => {
    writeUserSettings(conflicting)
    const managed = open(lockedInterval)
    expect(managed.get().break.intervalMinutes).toBe(90)
    expect(managed.get().dailyLimit).toEqual({ enabled: true, minutes: 480, remindMinutes: 30 })
    expect(managed.get().app.theme).toBe('dark')
    expect(managed.takeRecoveryNotices()).toEqual([conflictNotice])
    expect(managed.takeRecoveryNotices()).toEqual([])
    expect(logs.join('\n')).toMatch(/conflict with your organisation's \(.*daily limit \(60 min\).*\); dailyLimit\.minutes went back to the default/)
  })

  it('save the repair, so the next start is quiet and a change to another setting is not refused', () => {
    writeUserSettings(conflicting)
    open(lockedInterval)
    const saved = JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')) as { settings: Settings }
    expect(saved.settings.dailyLimit.minutes).toBe(480)
    const again = open(lockedInterval)
    expect(again.takeRecoveryNotices()).toEqual([])
    expect(again.update({ app: { theme: 'light' } })).toMatchObject({ ok: true, settings: { app: { theme: 'light' }, break: { intervalMinutes: 90 } } })
  })

  it('still start on valid settings with the notice when the repair cannot be saved', () => {
    writeUserSettings(conflicting)
    const store = openSettingsStore({ library: confStorage, dataDir })
    const readOnly = { ...store, filePath: store.filePath, update: () => saveFailure(new Error('read-only folder')) }
    const managed = manageSettings({
      store: readOnly,
      choices: {
        keys: () => new Set(['dailyLimit.enabled', 'dailyLimit.minutes', 'app.theme']),
        save: () => {
          throw new Error('read-only folder')
        },
        takeRecoveryNotice: () => null
      },
      policy: lockedInterval,
      log: (message) => logs.push(message)
    })
    expect(managed.get()).toMatchObject({ break: { intervalMinutes: 90 }, dailyLimit: { enabled: true, minutes: 480 }, app: { theme: 'dark' } })
    expect(managed.takeRecoveryNotices()).toEqual([conflictNotice])
    expect(logs.join('\n')).toMatch(/could not save the settings set back to their defaults: .*read-only folder/)
  })
})
