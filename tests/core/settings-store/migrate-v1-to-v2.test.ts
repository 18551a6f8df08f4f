import { describe, expect, it } from 'vitest'
import { migrateSettingsDocument } from '../../../src/core/settings-store'
import { migrateV1ToV2 } from '../../../src/core/settings-store/migrate-v1-to-v2'
import { defaultSettings } from '../../../src/shared/settings'

const { postureWatch: _added, ...version1Settings } = defaultSettings

describe('settings migration 1 → 2 (posture watch)', () => {
  it('adds the posture watch, off, and keeps every other choice', () => {
    const chosen = { ...version1Settings, break: { ...version1Settings.break, intervalMinutes: 40 } }
    const result = migrateSettingsDocument({ version: 1, settings: chosen })
    expect(result).toEqual({
      ok: true,
      fromVersion: 1,
      settings: { ...chosen, postureWatch: { enabled: false, periodSeconds: 30, sensitivity: 'medium', mode: 'sampled' } }
    })
  })

  it('passes a non-object on unchanged so the schema check rejects it', () => {
    expect(migrateV1ToV2('raw')).toBe('raw')
    expect(migrateSettingsDocument({ version: 1, settings: [] })).toMatchObject({ ok: false, reason: 'invalid' })
  })
})
