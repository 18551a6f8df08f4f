import { expect, it, vi } from 'vitest'
import { fitToPolicy } from '../../../src/core/policy/fit-policy'
import type * as policyModule from '../../../src/core/policy/policy'
import { applyPolicy, parsePolicy, type Policy } from '../../../src/core/policy/policy'
import { defaultSettings, settingsSchema } from '../../../src/shared/settings'

// Every settings document the search hands to the policy, to see that none is tried twice.
vi.mock('../../../src/core/policy/policy', async (importOriginal) => {
  const actual = await importOriginal<typeof policyModule>()
  return { ...actual, applyPolicy: vi.fn(actual.applyPolicy) }
})

const policy = (document: unknown): Policy => {
  const parsed = parsePolicy(JSON.stringify(document))
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.policy
}

it('tries each set of given-up values once, even when one value is not enough', () => {
  // As in fit-policy.test.ts: neither the clock schedule nor the 60-minute limit alone can go.
  const saved = settingsSchema.parse({
    ...defaultSettings,
    break: { ...defaultSettings.break, schedule: 'clock' },
    dailyLimit: { ...defaultSettings.dailyLimit, enabled: true, minutes: 60 }
  })
  const teamPolicy = policy({
    defaults: { break: { durationMinutes: 20, intervalMinutes: 90, clockMinutes: [0, 10] } },
    locked: ['break.durationMinutes', 'break.intervalMinutes']
  })
  const fitted = fitToPolicy(saved, new Set(['break.schedule', 'dailyLimit.enabled', 'dailyLimit.minutes']), teamPolicy)
  expect(fitted.resetKeys).toEqual(['break.schedule', 'dailyLimit.minutes'])

  const attempts = vi.mocked(applyPolicy).mock.calls.map(([document, chosen]) => JSON.stringify([document, [...chosen].sort()]))
  // The first call is the user's settings as they are; then one per set of keys given up.
  expect(attempts.length).toBeGreaterThan(2)
  expect(new Set(attempts).size).toBe(attempts.length)
})
