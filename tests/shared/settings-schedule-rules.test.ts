import { describe, expect, it } from 'vitest'
import { applySettingsPatch, defaultSettings, describeZodError, settingsPatchSchema, settingsSchema, type SettingsPatch } from '../../src/shared/settings'

/** What the store and the IPC handler do with a change: the patch, then the merged whole. */
function verdict(patch: SettingsPatch): string | null {
  const parsedPatch = settingsPatchSchema.safeParse(patch)
  if (!parsedPatch.success) return describeZodError(parsedPatch.error)
  const merged = settingsSchema.safeParse(applySettingsPatch(defaultSettings, parsedPatch.data))
  return merged.success ? null : describeZodError(merged.error)
}

describe('schedule settings (DESIGN §3)', () => {
  it('accepts a clock schedule, a daily limit and a skip limit', () => {
    expect(verdict({ break: { schedule: 'clock', clockMinutes: [0, 30], maxSkipsPerDay: 3 }, dailyLimit: { enabled: true, minutes: 420 } })).toBeNull()
  })

  it('rejects out-of-range, repeated and unordered clock minutes, naming the field', () => {
    expect(verdict({ break: { clockMinutes: [60] } })).toMatch(/^break\.clockMinutes\.0: /)
    expect(verdict({ break: { clockMinutes: [50, 50] } })).toMatch(/^break\.clockMinutes: list each minute past the hour once/)
    expect(verdict({ break: { clockMinutes: [30, 10] } })).toMatch(/^break\.clockMinutes: /)
  })

  it('rejects a clock schedule without slots, or with slots closer than a break (around the hour too)', () => {
    expect(verdict({ break: { schedule: 'clock', clockMinutes: [] } })).toMatch(/^break\.clockMinutes: a clock schedule needs/)
    expect(verdict({ break: { schedule: 'clock', clockMinutes: [10, 13] } })).toMatch(/^break\.clockMinutes: breaks at :10 and :13 would overlap/)
    expect(verdict({ break: { schedule: 'clock', clockMinutes: [2, 58] } })).toMatch(/breaks at :02 and :58 would overlap/)
    expect(verdict({ break: { schedule: 'clock', clockMinutes: [10, 15] } })).toBeNull()
    // the interval schedule ignores the slots, so they are not held against it
    expect(verdict({ break: { schedule: 'interval', clockMinutes: [10, 13] } })).toBeNull()
  })

  it('rejects an enabled daily limit below the break interval, naming the limit', () => {
    expect(verdict({ dailyLimit: { enabled: true, minutes: 40 } })).toMatch(/^dailyLimit\.minutes: the daily limit \(40 min\) must not be below the break interval \(50 min\)/)
    expect(verdict({ dailyLimit: { enabled: false, minutes: 40 } })).toBeNull()
    expect(verdict({ dailyLimit: { remindMinutes: 2 } })).toMatch(/^dailyLimit\.remindMinutes: /)
  })

  it('does not hold the daily limit to a break interval that is not in use', () => {
    // Breaks off: the limit stands on its own (DESIGN §3), whatever the unused interval says.
    expect(verdict({ break: { enabled: false }, dailyLimit: { enabled: true, minutes: 40 } })).toBeNull()
    // Clock breaks come at slots; the interval counts for nothing, as the slots do on the interval schedule.
    expect(verdict({ break: { schedule: 'clock', clockMinutes: [50] }, dailyLimit: { enabled: true, minutes: 40 } })).toBeNull()
    // Turning interval breaks back on with such a limit is refused, naming the limit to change.
    const limitAlone = applySettingsPatch(defaultSettings, { break: { enabled: false }, dailyLimit: { enabled: true, minutes: 40 } })
    const breaksBack = settingsSchema.safeParse(applySettingsPatch(limitAlone, { break: { enabled: true } }))
    expect(breaksBack.success ? null : describeZodError(breaksBack.error)).toMatch(/^dailyLimit\.minutes: the daily limit \(40 min\) must not be below the break interval/)
  })

  it('bounds skips per day and min active minutes', () => {
    expect(verdict({ break: { maxSkipsPerDay: -1 } })).toMatch(/^break\.maxSkipsPerDay: /)
    expect(verdict({ break: { maxSkipsPerDay: 1.5 } })).toMatch(/^break\.maxSkipsPerDay: /)
    expect(verdict({ break: { minActiveMinutes: 500 } })).toMatch(/^break\.minActiveMinutes: /)
  })
})
