import { describe, expect, it } from 'vitest'
import { createHarness } from '../../helpers/engine-harness'

describe('posture cues', () => {
  it('come every intervalMinutes of active time', () => {
    const h = createHarness({ settings: { break: { enabled: false } } })
    h.at(100)
    expect(h.minutesOf('posture')).toEqual([20, 40, 60, 80, 100])
    expect(h.ofKind('posture')[0]).toMatchObject({ silent: false, manual: false })
  })

  it('restart the count whatever the answer, and the answer may come much later', () => {
    const h = createHarness({ settings: { break: { enabled: false } } })
    h.at(30)
    h.engine.respondToPosture('ignore')
    h.at(40)
    expect(h.minutesOf('posture')).toEqual([20, 40])
    expect(h.ofKind('postureResponse')).toHaveLength(1)
  })

  it('postureNow shows a cue at once and restarts the count', () => {
    const h = createHarness({ settings: { break: { enabled: false } } })
    h.at(5)
    expect(h.engine.postureNow()).toBe(true)
    h.at(30)
    expect(h.minutesOf('posture')).toEqual([5, 25])
    expect(h.ofKind('posture')[0]?.manual).toBe(true)
  })

  it('are held back from the start of a break warning until the break ends', () => {
    // posture due at 25 and 50; the break warns at 49.5 and ends at 55
    const h = createHarness({ settings: { posture: { intervalMinutes: 25 } } })
    h.at(79)
    expect(h.minutesOf('posture')).toEqual([25])
    h.at(80)
    expect(h.minutesOf('posture')).toEqual([25, 80])
  })

  it('are held back when due at the very moment the warning starts', () => {
    const h = createHarness({ settings: { posture: { intervalMinutes: 49.5 } } })
    h.at(55)
    expect(h.minutesOf('breakWarning')).toEqual([49.5])
    expect(h.minutesOf('posture')).toEqual([])
  })

  it('stay held back while a break is postponed, until it ends', () => {
    // posture due at 26, 52 (inside the postponed break's pending time), break 50 → postponed → 55 → ends 60
    const h = createHarness({ settings: { posture: { intervalMinutes: 26 } } })
    h.at(50)
    h.engine.respondToBreak('postpone')
    h.at(85)
    expect(h.minutesOf('posture')).toEqual([26])
    h.at(86)
    expect(h.minutesOf('posture')).toEqual([26, 86])
  })

  it('are not shown during a break', () => {
    const h = createHarness({ settings: { posture: { intervalMinutes: 1 }, break: { intervalMinutes: 10, warningSeconds: 0, durationMinutes: 5 } } })
    h.at(15)
    const during = h.minutesOf('posture').filter((minute) => minute > 10 && minute < 15)
    expect(during).toEqual([])
    expect(h.minutesOf('posture')).toContain(9)
  })
})
