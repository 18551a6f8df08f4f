import { describe, expect, it } from 'vitest'
import { migrateSettingsDocument } from '../../../src/core/settings-store'
import { migrateV5ToV6 } from '../../../src/core/settings-store/migrate-v5-to-v6'
import { defaultSettings } from '../../../src/shared/settings'

const { language: _added, ...version5App } = defaultSettings.app
const version5Settings = { ...defaultSettings, app: version5App }

describe('settings migration 5 → 6 (language)', () => {
  it('follows the system language and keeps every other choice', () => {
    const chosen = { ...version5Settings, app: { ...version5App, theme: 'dark' as const } }
    const result = migrateSettingsDocument({ version: 5, settings: chosen })
    expect(result).toEqual({ ok: true, fromVersion: 5, settings: { ...chosen, app: { ...chosen.app, language: 'system' } } })
  })

  it('passes what is not an object on unchanged so the schema check rejects it', () => {
    expect(migrateV5ToV6('raw')).toBe('raw')
    expect(migrateV5ToV6({ app: 3 })).toEqual({ app: 3 })
    expect(migrateSettingsDocument({ version: 5, settings: { ...version5Settings, app: null } })).toMatchObject({ ok: false, reason: 'invalid' })
  })

  it('refuses a language Upright does not have, instead of guessing', () => {
    const result = migrateSettingsDocument({ version: 6, settings: { ...defaultSettings, app: { ...defaultSettings.app, language: 'xx' } } })
    expect(result).toMatchObject({ ok: false, reason: 'invalid' })
  })
})
