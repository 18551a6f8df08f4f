/**
 * Version 6 adds clock-aligned breaks, skips per day and the daily limit (DESIGN §3), all off:
 * the interval schedule, no skip limit, no daily limit. The values are frozen here, not taken from
 * defaultSettings, so this step keeps producing a version-6 document after the defaults move on.
 * Anything that is not an object (or a break section that is not one) is passed on for the schema
 * to reject.
 */
const version6Break = { schedule: 'interval', clockMinutes: [50], minActiveMinutes: 10, maxSkipsPerDay: 0 } as const
const version6DailyLimit = { enabled: false, minutes: 480, remindMinutes: 30 } as const

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function migrateV5ToV6(input: unknown): unknown {
  if (!isRecord(input)) return input
  const breakSection = input.break
  return {
    ...input,
    break: isRecord(breakSection) ? { ...version6Break, clockMinutes: [...version6Break.clockMinutes], ...breakSection } : breakSection,
    dailyLimit: { ...version6DailyLimit }
  }
}
