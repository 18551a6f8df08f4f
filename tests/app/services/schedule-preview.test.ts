import { describe, expect, it } from 'vitest'
import { previewSchedule } from '../../../src/app/services/schedule-preview'
import { applySettingsPatch, defaultSettings } from '../../../src/shared/settings'

const mondayNine = Date.parse('2026-03-02T09:00:00Z')

describe('previewSchedule', () => {
  it('counts 8 hours at the computer when working hours are off (50 + 5 minute cycles)', () => {
    const preview = previewSchedule(defaultSettings, mondayNine, 'UTC')
    expect(preview.basis).toBe('next-8-hours')
    // Breaks at 50, 105, 160, …, 435 minutes; two posture cues per cycle (the third would
    // fall inside the break's warning-to-end window), plus 460 and 480 in the last one.
    expect(preview.breaksToday).toBe(8)
    expect(preview.postureCuesToday).toBe(18)
  })

  it('lists the next 4 hours in order, with wall times', () => {
    const preview = previewSchedule(defaultSettings, mondayNine, 'UTC')
    expect(preview.horizonMinutes).toBe(240)
    expect(preview.timeline.slice(0, 4)).toEqual([
      { minute: 20, wallMs: mondayNine + 20 * 60_000, kind: 'posture' },
      { minute: 40, wallMs: mondayNine + 40 * 60_000, kind: 'posture' },
      { minute: 49.5, wallMs: mondayNine + 49.5 * 60_000, kind: 'breakWarning' },
      { minute: 50, wallMs: mondayNine + 50 * 60_000, kind: 'break' }
    ])
    expect(preview.timeline.every((entry) => entry.minute <= 240)).toBe(true)
    expect(preview.timeline.filter((entry) => entry.kind === 'break').map((entry) => entry.minute)).toEqual([50, 105, 160, 215])
  })

  it('counts only what is left of today’s working hours', () => {
    const settings = applySettingsPatch(defaultSettings, { workingHours: { enabled: true } })
    const atFour = Date.parse('2026-03-02T16:00:00Z') // one hour of work left on Monday
    const preview = previewSchedule(settings, atFour, 'UTC')
    expect(preview.basis).toBe('working-hours')
    expect(preview.breaksToday).toBe(1)
    const saturday = previewSchedule(settings, Date.parse('2026-03-07T10:00:00Z'), 'UTC')
    expect(saturday.breaksToday).toBe(0)
    expect(saturday.postureCuesToday).toBe(0)
  })

  it('follows a shorter interval', () => {
    const settings = applySettingsPatch(defaultSettings, { break: { intervalMinutes: 25 } })
    expect(previewSchedule(settings, mondayNine, 'UTC').breaksToday).toBe(16)
  })

  it('shows clock breaks at their minutes past the hour', () => {
    const settings = applySettingsPatch(defaultSettings, { break: { schedule: 'clock', clockMinutes: [0, 30] } })
    const preview = previewSchedule(settings, Date.parse('2026-03-02T09:10:00Z'), 'UTC')
    const breaks = preview.timeline.filter((entry) => entry.kind === 'break').map((entry) => new Date(entry.wallMs).toISOString().slice(11, 16))
    expect(breaks.slice(0, 3)).toEqual(['09:30', '10:00', '10:30'])
  })

  it('says when the daily limit is reached, counting what was already worked today', () => {
    const settings = applySettingsPatch(defaultSettings, { dailyLimit: { enabled: true, minutes: 480 } })
    expect(previewSchedule(settings, mondayNine, 'UTC').dailyLimitAtWallMs).toBeNull()
    // 7 h already worked: one more active hour (a break at 50 in between) reaches the limit
    const late = previewSchedule(settings, mondayNine, 'UTC', 420)
    expect(late.dailyLimitAtWallMs).toBe(mondayNine + 65 * 60_000)
    expect(late.timeline.find((entry) => entry.kind === 'dailyLimit')?.minute).toBe(65)
    expect(previewSchedule(defaultSettings, mondayNine, 'UTC', 420).dailyLimitAtWallMs).toBeNull()
  })
})
