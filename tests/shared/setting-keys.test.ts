import { describe, expect, it } from 'vitest'
import { isSettingLeafKey, settingKeySchema, settingKeysIn, settingLeafKeys } from '../../src/shared/setting-keys'
import { defaultSettings } from '../../src/shared/settings'

describe('setting keys', () => {
  it('derives every leaf of the settings schema, and only leaves', () => {
    expect(settingLeafKeys).toContain('break.level')
    expect(settingLeafKeys).toContain('workingHours.days.mon')
    expect(settingLeafKeys).toContain('postureWatch.mode')
    expect(settingLeafKeys).not.toContain('break')
    expect(settingLeafKeys).not.toContain('workingHours.days')
    // One key per value of the defaults document: the schema and the defaults agree.
    expect([...settingKeysIn(defaultSettings)].sort()).toEqual([...settingLeafKeys].sort())
  })

  it('names the keys a patch gives values for, counting a day of working hours as one', () => {
    expect(settingKeysIn({ break: { level: 'strict', intervalMinutes: 30 }, workingHours: { days: { mon: [] } } })).toEqual([
      'break.level',
      'break.intervalMinutes',
      'workingHours.days.mon'
    ])
    expect(settingKeysIn({})).toEqual([])
  })

  it('accepts known leaf keys and names an unknown one', () => {
    expect(isSettingLeafKey('app.theme')).toBe(true)
    expect(settingKeySchema.safeParse('break.level').success).toBe(true)
    const wrong = settingKeySchema.safeParse('break.levle')
    expect(wrong.success).toBe(false)
    expect(wrong.error?.issues[0]?.message).toMatch(/"break\.levle" is not a setting/)
    expect(settingKeySchema.safeParse('break').success).toBe(false)
  })
})
