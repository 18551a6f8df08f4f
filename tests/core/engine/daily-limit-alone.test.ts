import { describe, expect, it } from 'vitest'
import { simulate } from '../../../src/core/simulator/run'
import { parseScenario } from '../../../src/core/simulator/scenario'

/**
 * A user who wants only "enough screen time today": posture cues and breaks off, the daily limit
 * on. Its count is the engine's active time, so it must keep counting with both tracks off.
 */
const onlyDailyLimit = {
  posture: { enabled: false },
  break: { enabled: false },
  dailyLimit: { enabled: true, minutes: 60, remindMinutes: 30 }
}

const limitMinutes = (scenario: unknown): string[] =>
  simulate(parseScenario(scenario)).map((event) => (event.kind === 'dailyLimit' ? `${event.minute}:${event.activeMinutes}` : `${event.minute}:${event.kind}`))

describe('daily limit with posture cues and breaks both off', () => {
  it('fires at the limit and after each further remindMinutes of active time', () => {
    expect(limitMinutes({ start: '2026-03-02T09:00:00Z', minutes: 150, settings: onlyDailyLimit })).toEqual(['60:60', '90:90', '120:120', '150:150'])
  })

  it('leaves out time away and paused', () => {
    const script = [
      { at: 10, away: 20 },
      { at: 50, pause: 30 }
    ]
    // Active 0-10, 30-50, then from 80: the 60th active minute is minute 110.
    expect(limitMinutes({ start: '2026-03-02T09:00:00Z', minutes: 150, settings: onlyDailyLimit, script })).toEqual(['110:60', '140:90'])
  })

  it('counts only inside working hours and starts afresh the next day', () => {
    const settings = { ...onlyDailyLimit, workingHours: { enabled: true } }
    // Monday 15:45: 60 active minutes by 16:45; hours end at 17:00, before the next reminder;
    // Tuesday counts from 09:00 (minute 1035), so its limit is reached at 10:00.
    expect(limitMinutes({ start: '2026-03-02T15:45:00Z', minutes: 1100, settings })).toEqual(['60:60', '1095:60'])
  })

  it('stays quiet when the daily limit is off too', () => {
    const settings = { ...onlyDailyLimit, dailyLimit: { enabled: false } }
    expect(limitMinutes({ start: '2026-03-02T09:00:00Z', minutes: 600, settings })).toEqual([])
  })
})
