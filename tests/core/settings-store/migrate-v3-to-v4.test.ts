import { describe, expect, it } from 'vitest'
import { migrateSettingsDocument } from '../../../src/core/settings-store/settings-migrations'
import { migrateV3ToV4 } from '../../../src/core/settings-store/migrate-v3-to-v4'
import { defaultSettings } from '../../../src/shared/settings'

/** An old document (version 1, migrated through the whole chain): today's defaults without the two keys version 4 added. */
function version1(app: Record<string, unknown> = {}): { version: 1; settings: unknown } {
  const { breakSound: _breakSound, soundVolumePercent: _volume, ...v1App } = defaultSettings.app
  return { version: 1, settings: { ...defaultSettings, app: { ...v1App, ...app } } }
}

describe('settings migration v3 → v4 (break sound)', () => {
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

  it('adds the two keys to a version-3 app and keeps a sound already chosen', () => {
    expect(migrateV3ToV4({ app: { sounds: true } })).toEqual({ app: { sounds: true, breakSound: 'soft', soundVolumePercent: 60 } })
    expect(migrateV3ToV4({ app: { sounds: true, breakSound: 'chime', soundVolumePercent: 30 } })).toEqual({
      app: { sounds: true, breakSound: 'chime', soundVolumePercent: 30 }
    })
  })

  it('hands anything that is not a version-3 document on unchanged', () => {
    expect(migrateV3ToV4('nonsense')).toBe('nonsense')
    expect(migrateV3ToV4({ app: 3 })).toEqual({ app: 3 })
    expect(migrateV3ToV4(null)).toBeNull()
  })
})
