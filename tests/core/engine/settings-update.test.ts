import { describe, expect, it } from 'vitest'
import { createHarness, settingsWith } from '../../helpers/engine-harness'

describe('live settings changes', () => {
  it('keep the elapsed count when the interval grows', () => {
    const h = createHarness({ settings: { posture: { enabled: false } } })
    h.at(30)
    h.engine.updateSettings(settingsWith({ posture: { enabled: false }, break: { intervalMinutes: 60 } }))
    h.at(70)
    expect(h.minutesOf('break')).toEqual([60])
  })

  it('bring an overdue break one minute from now when the interval shrinks below the elapsed time', () => {
    const h = createHarness({ settings: { posture: { enabled: false } } })
    h.at(40)
    h.engine.updateSettings(settingsWith({ posture: { enabled: false }, break: { intervalMinutes: 30 } }))
    h.at(45)
    expect(h.minutesOf('breakWarning')).toEqual([40.5])
    expect(h.minutesOf('break')).toEqual([41])
  })

  it('keep the engine awake when settings change while an idle sample is overdue (a late timer)', () => {
    // Seen in the harness on a loaded machine: the change came in the same wakeup that took the
    // overdue sample, the engine armed no timer, and the due break never came.
    const h = createHarness({ settings: { posture: { enabled: false } } })
    h.at(10)
    h.clock.stall(5 * 60_000)
    h.engine.updateSettings(settingsWith({ posture: { enabled: false }, break: { intervalMinutes: 20, warningSeconds: 0 } }))
    expect(h.clock.pendingTimers).toBe(1)
    h.at(25)
    expect(h.minutesOf('break')).toEqual([20])
  })

  it('move the posture cue with its interval', () => {
    const h = createHarness({ settings: { break: { enabled: false } } })
    h.at(10)
    h.engine.updateSettings(settingsWith({ break: { enabled: false }, posture: { intervalMinutes: 15 } }))
    h.at(11)
    h.engine.updateSettings(settingsWith({ break: { enabled: false }, posture: { intervalMinutes: 5 } }))
    h.at(30)
    expect(h.minutesOf('posture')).toEqual([12, 17, 22, 27])
  })

  it('switching a track off stops it; switching it on starts it from zero', () => {
    const h = createHarness({ settings: { posture: { enabled: false } } })
    h.at(45)
    h.engine.updateSettings(settingsWith({ posture: { enabled: false }, break: { enabled: false } }))
    h.at(60)
    h.engine.updateSettings(settingsWith({ posture: { enabled: false } }))
    h.at(111)
    expect(h.minutesOf('break')).toEqual([110])
  })

  it('apply working hours at once (entering them restarts both counts)', () => {
    const h = createHarness({ startWallMs: Date.parse('2026-03-07T12:00:00Z') })
    h.at(10)
    h.engine.updateSettings(settingsWith({ workingHours: { enabled: true } }))
    expect(h.engine.getState().phase).toBe('outside-hours')
    h.engine.updateSettings(settingsWith({ workingHours: { enabled: false } }))
    expect(h.engine.getState().phase).toBe('active')
    h.at(31)
    expect(h.minutesOf('posture')).toEqual([30])
  })

  it('lower maxPostpones for the next break', () => {
    const h = createHarness()
    h.engine.updateSettings(settingsWith({ break: { maxPostpones: 0 } }))
    h.at(50)
    expect(h.ofKind('break')[0]).toMatchObject({ postponesLeft: 0, canPostpone: false })
  })
})
