import { describe, expect, it } from 'vitest'
import { migrateSettingsDocument } from '../../../src/core/settings-store/settings-migrations'
import { migrateV1ToV2 } from '../../../src/core/settings-store/migrate-v1-to-v2'
import { defaultSettings } from '../../../src/shared/settings'

/** A version-1 document: today's defaults without the two keys version 2 added. */
function version1(app: Record<string, unknown> = {}): { version: 1; settings: unknown } {
  const { breakSound: _breakSound, soundVolumePercent: _volume, ...v1App } = defaultSettings.app
  return { version: 1, settings: { ...defaultSettings, app: { ...v1App, ...app } } }
}

describe('settings migration v1 → v2 (break sound)', () => {
  it('gives the soft sound at 60 % to someone with sounds on', () => {
    const result = migrateSettingsDocument(version1({ sounds: true }))
    expect(result).toMatchObject({ ok: true, fromVersion: 1 })
    if (result.ok) expect(result.settings.app).toMatchObject({ sounds: true, breakSound: 'soft', soundVolumePercent: 60 })
  })

  it('keeps silence for someone who had turned sounds off', () => {
    const result = migrateSettingsDocument(version1({ sounds: false }))
    if (!result.ok) throw new Error(result.message)
    expect(result.settings.app.breakSound).toBe('off')
  })

  it('hands anything that is not a version-1 document on unchanged', () => {
    expect(migrateV1ToV2('nonsense')).toBe('nonsense')
    expect(migrateV1ToV2({ app: 3 })).toEqual({ app: 3 })
  })
})
