import { describe, expect, it } from 'vitest'
import { migrateSettingsDocument } from '../../../src/core/settings-store'
import { migrateV4ToV5 } from '../../../src/core/settings-store/migrate-v4-to-v5'
import { defaultSettings } from '../../../src/shared/settings'

const { postureWatch: _added, ...version4Settings } = defaultSettings

describe('settings migration 4 → 5 (posture watch)', () => {
  it('adds the posture watch, off, and keeps every other choice', () => {
    const chosen = { ...version4Settings, break: { ...version4Settings.break, intervalMinutes: 40 } }
    const result = migrateSettingsDocument({ version: 4, settings: chosen })
    expect(result).toEqual({
      ok: true,
      fromVersion: 4,
      settings: { ...chosen, postureWatch: { enabled: false, periodSeconds: 30, sensitivity: 'medium', mode: 'sampled' } }
    })
  })

  it('passes a non-object on unchanged so the schema check rejects it', () => {
    expect(migrateV4ToV5('raw')).toBe('raw')
    expect(migrateSettingsDocument({ version: 4, settings: [] })).toMatchObject({ ok: false, reason: 'invalid' })
  })
})
