import { describe, expect, it } from 'vitest'
import { fitToPolicy } from '../../../src/core/policy/fit-policy'
import { parsePolicy, type Policy } from '../../../src/core/policy'
import { defaultSettings, settingsSchema, type Settings } from '../../../src/shared/settings'

const policy = (document: unknown): Policy => {
  const parsed = parsePolicy(JSON.stringify(document))
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.policy
}

/** Upright's defaults with the user's own values for a few groups. */
function userSettings(patch: { break?: Partial<Settings['break']>; dailyLimit?: Partial<Settings['dailyLimit']>; app?: Partial<Settings['app']> }): Settings {
  return settingsSchema.parse({
    ...defaultSettings,
    break: { ...defaultSettings.break, ...patch.break },
    dailyLimit: { ...defaultSettings.dailyLimit, ...patch.dailyLimit },
    app: { ...defaultSettings.app, ...patch.app }
  })
}

describe('fitToPolicy', () => {
  it('changes nothing when the user’s settings and the policy fit together', () => {
    const saved = userSettings({ break: { intervalMinutes: 45 } })
    const fitted = fitToPolicy(saved, new Set(['break.intervalMinutes']), policy({ defaults: { break: { level: 'strict' } }, locked: ['break.level'] }))
    expect(fitted.resetKeys).toEqual([])
    expect(fitted.conflict).toBeNull()
    expect(fitted.settings.break).toMatchObject({ intervalMinutes: 45, level: 'strict' })
    expect(fitted.saved).toBe(saved)
  })

  it('keeps a locked break interval and sets the user’s daily limit below it back to its default', () => {
    const saved = userSettings({ break: { intervalMinutes: 45 }, dailyLimit: { enabled: true, minutes: 60 }, app: { theme: 'dark' } })
    const chosen = new Set(['break.intervalMinutes', 'dailyLimit.enabled', 'dailyLimit.minutes', 'app.theme'])
    const fitted = fitToPolicy(saved, chosen, policy({ defaults: { break: { intervalMinutes: 90 } }, locked: ['break.intervalMinutes'] }))
    expect(fitted.resetKeys).toEqual(['dailyLimit.minutes'])
    expect(fitted.conflict).toMatch(/daily limit \(60 min\) must not be below the break interval \(90 min\)/)
    expect(fitted.settings.break.intervalMinutes).toBe(90)
    // The reminder stays on, at the default limit; the user's other choices stay.
    expect(fitted.settings.dailyLimit).toEqual({ enabled: true, minutes: 480, remindMinutes: 30 })
    expect(fitted.settings.app.theme).toBe('dark')
    expect(fitted.saved.dailyLimit.minutes).toBe(480)
    expect([...fitted.chosen].sort()).toEqual(['app.theme', 'break.intervalMinutes', 'dailyLimit.enabled'])
    expect(settingsSchema.safeParse(fitted.settings).success).toBe(true)
  })

  it('gives up the user’s break interval when the policy locks the daily limit it would exceed, taking the policy’s default', () => {
    const saved = userSettings({ break: { intervalMinutes: 90 } })
    const teamPolicy = policy({
      defaults: { break: { intervalMinutes: 40 }, dailyLimit: { enabled: true, minutes: 60 } },
      locked: ['dailyLimit.enabled', 'dailyLimit.minutes']
    })
    const fitted = fitToPolicy(saved, new Set(['break.intervalMinutes']), teamPolicy)
    expect(fitted.resetKeys).toEqual(['break.intervalMinutes'])
    expect(fitted.settings.dailyLimit).toMatchObject({ enabled: true, minutes: 60 })
    expect(fitted.settings.break.intervalMinutes).toBe(40)
  })

  it('keeps a locked break length and sets clock slots closer than it back to the default slot, keeping the clock schedule', () => {
    const saved = userSettings({ break: { schedule: 'clock', clockMinutes: [0, 10, 30] } })
    const fitted = fitToPolicy(saved, new Set(['break.schedule', 'break.clockMinutes']), policy({ defaults: { break: { durationMinutes: 15 } }, locked: ['break.durationMinutes'] }))
    expect(fitted.resetKeys).toEqual(['break.clockMinutes'])
    expect(fitted.conflict).toMatch(/would overlap/)
    expect(fitted.settings.break).toMatchObject({ schedule: 'clock', clockMinutes: [50], durationMinutes: 15 })
  })

  it('gives up as many values as it takes when two rules break at once', () => {
    // The policy's slots (a default the user kept) overlap its locked 20-minute breaks on the
    // user's clock schedule; back on the interval schedule, the user's 60-minute limit falls
    // below the locked 90-minute interval. Neither the schedule nor the limit alone will do.
    const saved = userSettings({ break: { schedule: 'clock' }, dailyLimit: { enabled: true, minutes: 60 } })
    const teamPolicy = policy({
      defaults: { break: { durationMinutes: 20, intervalMinutes: 90, clockMinutes: [0, 10] } },
      locked: ['break.durationMinutes', 'break.intervalMinutes']
    })
    const fitted = fitToPolicy(saved, new Set(['break.schedule', 'dailyLimit.enabled', 'dailyLimit.minutes']), teamPolicy)
    expect(fitted.resetKeys).toEqual(['break.schedule', 'dailyLimit.minutes'])
    expect(fitted.settings.break).toMatchObject({ schedule: 'interval', clockMinutes: [0, 10], durationMinutes: 20, intervalMinutes: 90 })
    expect(fitted.settings.dailyLimit).toMatchObject({ enabled: true, minutes: 480 })
  })
})
