import { describe, expect, it } from 'vitest'
import {
  applySettingsPatch,
  defaultSettings,
  describeZodError,
  settingsPatchSchema,
  settingsSchema
} from '../../src/shared/settings'

describe('settings schema', () => {
  it('accepts the defaults', () => {
    expect(settingsSchema.parse(defaultSettings)).toEqual(defaultSettings)
  })

  it('rejects out-of-range intervals with a message naming the field', () => {
    const result = settingsSchema.safeParse(
      applySettingsPatch(defaultSettings, { break: { intervalMinutes: 0 } })
    )
    expect(result.success).toBe(false)
    if (!result.success) expect(describeZodError(result.error)).toMatch(/^break\.intervalMinutes: /)
  })

  it('rejects unknown fields in a patch', () => {
    expect(settingsPatchSchema.safeParse({ brake: { intervalMinutes: 5 } }).success).toBe(false)
    expect(settingsPatchSchema.safeParse({ break: { interval: 5 } }).success).toBe(false)
  })

  it('patches one field and keeps the rest of its section', () => {
    const patched = applySettingsPatch(defaultSettings, { break: { intervalMinutes: 30 } })
    expect(patched.break).toEqual({ ...defaultSettings.break, intervalMinutes: 30 })
    expect(patched.posture).toEqual(defaultSettings.posture)
  })

  it('patches one weekday of working hours and keeps the others', () => {
    const patched = applySettingsPatch(defaultSettings, {
      workingHours: { days: { sat: [{ start: '10:00', end: '12:00' }] } }
    })
    expect(patched.workingHours.days.sat).toEqual([{ start: '10:00', end: '12:00' }])
    expect(patched.workingHours.days.mon).toEqual(defaultSettings.workingHours.days.mon)
  })

  it('rejects a working-hours range that ends before it starts', () => {
    const result = settingsPatchSchema.safeParse({
      workingHours: { days: { mon: [{ start: '17:00', end: '09:00' }] } }
    })
    expect(result.success).toBe(false)
  })
})
