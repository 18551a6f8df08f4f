import { describe, expect, it } from 'vitest'
import { migrateSettingsDocument } from '../../../src/core/settings-store'
import { migrateV6ToV7 } from '../../../src/core/settings-store/migrate-v6-to-v7'
import { defaultSettings } from '../../../src/shared/settings'

const { language: _added, ...version6App } = defaultSettings.app
const version6Settings = { ...defaultSettings, app: version6App }

describe('settings migration 6 → 7 (language)', () => {
  it('follows the system language and keeps every other choice', () => {
    const chosen = { ...version6Settings, app: { ...version6App, theme: 'dark' as const } }
    const result = migrateSettingsDocument({ version: 6, settings: chosen })
    expect(result).toEqual({ ok: true, fromVersion: 6, settings: { ...chosen, app: { ...chosen.app, language: 'system' } } })
  })

  it('passes what is not an object on unchanged so the schema check rejects it', () => {
    expect(migrateV6ToV7('raw')).toBe('raw')
    expect(migrateV6ToV7({ app: 3 })).toEqual({ app: 3 })
    expect(migrateSettingsDocument({ version: 6, settings: { ...version6Settings, app: null } })).toMatchObject({ ok: false, reason: 'invalid' })
  })

  it('refuses a language Upright does not have, instead of guessing', () => {
    const result = migrateSettingsDocument({ version: 7, settings: { ...defaultSettings, app: { ...defaultSettings.app, language: 'xx' } } })
    expect(result).toMatchObject({ ok: false, reason: 'invalid' })
  })
})
