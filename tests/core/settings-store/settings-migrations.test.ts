import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import {
  currentSettingsVersion,
  migrateSettingsDocument,
  settingsMigrations,
  type SettingsMigration
} from '../../../src/core/settings-store'
import { fileNameTimestamp } from '../../../src/core/storage'
import { defaultSettings } from '../../../src/shared/settings'

const v0Fixture: unknown = JSON.parse(readFileSync(new URL('../../fixtures/settings-v0.json', import.meta.url), 'utf8'))

describe('settings migrations', () => {
  it('has one migration per version step', () => {
    expect(currentSettingsVersion).toBe(7)
    expect(settingsMigrations).toHaveLength(currentSettingsVersion)
  })

  it('reads a file without a version key as version 0', () => {
    const result = migrateSettingsDocument(v0Fixture)
    expect(result).toMatchObject({ ok: true, fromVersion: 0 })
  })

  it('fills keys version 0 did not write with defaults', () => {
    expect(migrateSettingsDocument({})).toEqual({ ok: true, settings: defaultSettings, fromVersion: 0 })
  })

  it('maps strictMode false to the normal level and darkMode null to the system theme', () => {
    const result = migrateSettingsDocument({ strictMode: false, darkMode: null })
    expect(result.ok && result.settings.break.level).toBe('normal')
    expect(result.ok && result.settings.app.theme).toBe('system')
  })

  it('rejects out-of-range weekday numbers instead of dropping them', () => {
    const result = migrateSettingsDocument({ workHours: { enabled: true, days: [1, 9] } })
    expect(result).toMatchObject({ ok: false, reason: 'invalid' })
  })

  it('accepts a current document unchanged', () => {
    expect(migrateSettingsDocument({ version: currentSettingsVersion, settings: defaultSettings })).toEqual({
      ok: true,
      settings: defaultSettings,
      fromVersion: currentSettingsVersion
    })
  })

  describe('version 2 to 3', () => {
    const { tighterSide: _tighter, floorExercises: _floor, ...bodyV2 } = defaultSettings.body
    const v2 = (weakerSide: 'none' | 'left' | 'right') => ({
      version: 2,
      settings: { ...defaultSettings, body: { ...bodyV2, weakerSide, focusAreas: ['neck'] } }
    })

    it('keeps the old "weaker or stiffer" answer as the weaker side and leaves the tighter side unset', () => {
      const result = migrateSettingsDocument(v2('left'))
      expect(result.ok && result.settings.body).toEqual({
        weakerSide: 'left',
        tighterSide: 'none',
        floorExercises: 'ask',
        focusAreas: ['neck']
      })
    })

    it('never turns floor moves on: they wait for the user to answer', () => {
      const result = migrateSettingsDocument(v2('none'))
      expect(result.ok && result.settings.body.floorExercises).toBe('ask')
    })

    it('leaves a bad version-2 body for the schema check to reject', () => {
      const bad = { version: 2, settings: { ...defaultSettings, body: { ...bodyV2, weakerSide: 'middle' } } }
      expect(migrateSettingsDocument(bad)).toMatchObject({ ok: false, reason: 'invalid' })
    })
  })

  it('raises a version-1 idle threshold below a minute to 60 s and keeps the rest', () => {
    const v1 = { ...defaultSettings, idle: { thresholdSeconds: 30 }, posture: { enabled: false, intervalMinutes: 15 } }
    const result = migrateSettingsDocument({ version: 1, settings: v1 })
    expect(result).toEqual({ ok: true, settings: { ...v1, idle: { thresholdSeconds: 60 } }, fromVersion: 1 })
    const unchanged = { ...defaultSettings, idle: { thresholdSeconds: 90 } }
    expect(migrateSettingsDocument({ version: 1, settings: unchanged })).toMatchObject({ ok: true, settings: unchanged })
  })

  it('leaves a wrongly typed version-1 threshold for the schema to reject', () => {
    const v1 = { ...defaultSettings, idle: { thresholdSeconds: '30' } }
    expect(migrateSettingsDocument({ version: 1, settings: v1 })).toMatchObject({ ok: false, reason: 'invalid' })
  })

  it('runs migrations in order and validates only the final result', () => {
    const calls: string[] = []
    const toV1: SettingsMigration = (value) => {
      calls.push('0→1')
      return { half: value }
    }
    const toV2: SettingsMigration = (value) => {
      calls.push('1→2')
      return (value as { half: unknown }).half === 'raw' ? defaultSettings : null
    }
    expect(migrateSettingsDocument({ version: 0, settings: 'raw' }, [toV1, toV2])).toEqual({
      ok: true,
      settings: defaultSettings,
      fromVersion: 0
    })
    expect(calls).toEqual(['0→1', '1→2'])
  })

  it('turns a throwing migration into an invalid result', () => {
    const broken = vi.fn(() => {
      throw new Error('boom')
    })
    expect(migrateSettingsDocument({}, [broken])).toMatchObject({ ok: false, reason: 'invalid', message: expect.stringContaining('boom') as unknown })
  })

  it('reports a newer version as such', () => {
    expect(migrateSettingsDocument({ version: currentSettingsVersion + 1, settings: {} })).toMatchObject({ ok: false, reason: 'newer' })
  })

  it('rejects documents that are not objects or lack settings', () => {
    expect(migrateSettingsDocument([])).toMatchObject({ ok: false, reason: 'invalid' })
    expect(migrateSettingsDocument(null)).toMatchObject({ ok: false, reason: 'invalid' })
    expect(migrateSettingsDocument({ version: 1 })).toMatchObject({ ok: false, reason: 'invalid' })
    expect(migrateSettingsDocument({ version: 1.5, settings: defaultSettings })).toMatchObject({ ok: false })
  })
})

describe('moved-aside file names', () => {
  it('are safe on every platform', () => {
    expect(fileNameTimestamp(Date.parse('2026-11-01T05:59:59.999Z'))).toBe('2026-11-01T05-59-59-999Z')
    expect(fileNameTimestamp(0)).not.toMatch(/[:\\/*?"<>|]/)
  })
})
