import { describe, expect, it } from 'vitest'
import { migrateSettingsDocument } from '../../../src/core/settings-store'
import { migrateV5ToV6 } from '../../../src/core/settings-store/migrate-v5-to-v6'
import { defaultSettings } from '../../../src/shared/settings'

const { dailyLimit: _addedLimit, ...version5Rest } = defaultSettings
const { schedule: _s, clockMinutes: _c, minActiveMinutes: _m, maxSkipsPerDay: _k, ...version5Break } = defaultSettings.break
const version5Settings = { ...version5Rest, break: version5Break }

describe('settings migration 5 → 6 (clock breaks, skips per day, daily limit)', () => {
  it('adds the interval schedule, no skip limit and the daily limit off, keeping every other choice', () => {
    const chosen = { ...version5Settings, break: { ...version5Break, intervalMinutes: 40, level: 'strict' as const } }
    const result = migrateSettingsDocument({ version: 5, settings: chosen })
    expect(result).toEqual({
      ok: true,
      fromVersion: 5,
      settings: {
        ...chosen,
        break: { ...chosen.break, schedule: 'interval', clockMinutes: [50], minActiveMinutes: 10, maxSkipsPerDay: 0 },
        dailyLimit: { enabled: false, minutes: 480, remindMinutes: 30 }
      }
    })
  })

  it('passes a non-object (or a break section that is not one) on for the schema check to reject', () => {
    expect(migrateV5ToV6('raw')).toBe('raw')
    expect(migrateSettingsDocument({ version: 5, settings: { ...version5Settings, break: 7 } })).toMatchObject({ ok: false, reason: 'invalid' })
  })
})
