import { describe, expect, it } from 'vitest'
import { formatWall, roundMinutes } from '../../../src/core/simulator/format'
import { runSimulation, simulate, sortSimEvents, type SimEvent } from '../../../src/core/simulator/run'
import { parseScenario, ScenarioError } from '../../../src/core/simulator/scenario'
import { defaultSettings } from '../../../src/shared/settings'

const start = '2026-03-06T16:00:00-05:00'

describe('simulate (in process)', () => {
  it('fills in the defaults: UTC, default settings, no script, default responses', () => {
    const scenario = parseScenario({ start, minutes: 60 })
    expect(scenario).toMatchObject({ timeZone: 'UTC', minutes: 60, script: [], responses: { break: [], posture: [] } })
    expect(scenario.settings).toEqual(defaultSettings)
    expect(simulate(scenario)).toEqual([
      { minute: 20, wall: '2026-03-06T21:20:00Z', kind: 'posture', response: 'done' },
      { minute: 40, wall: '2026-03-06T21:40:00Z', kind: 'posture', response: 'done' },
      { minute: 49.5, wall: '2026-03-06T21:49:30Z', kind: 'breakWarning' },
      { minute: 50, wall: '2026-03-06T21:50:00Z', kind: 'break', response: 'complete', postponesLeft: 2 }
    ])
  })

  it('is pure: the same scenario gives the same events', () => {
    const scenario = parseScenario({ start, minutes: 600, script: [{ at: 10, away: 7 }, { at: 90, lock: 3 }] })
    expect(simulate(scenario)).toEqual(simulate(scenario))
  })

  it('uses responses in order, then the defaults', () => {
    const events = simulate(
      parseScenario({ start, minutes: 130, responses: { break: ['skip'], posture: ['ignore', 'ignore'] } })
    )
    expect(events.filter((e) => e.kind === 'break').map((e) => e.kind === 'break' && e.response)).toEqual(['skip', 'complete'])
    expect(events.filter((e) => e.kind === 'posture').map((e) => e.kind === 'posture' && e.response)).toEqual([
      'ignore',
      'ignore',
      'done',
      'done',
      'done'
    ])
  })

  it('includes events at exactly `minutes` and a break still running at the end', () => {
    const events = simulate(parseScenario({ start, minutes: 50 }))
    expect(events.at(-1)).toMatchObject({ minute: 50, kind: 'break' })
  })

  it('emits a natural break at the minute the user returns', () => {
    const events = simulate(parseScenario({ start, minutes: 30, script: [{ at: 10, away: 7.25 }] }))
    expect(events.filter((e) => e.kind === 'natural')).toEqual([
      { minute: 17.25, wall: '2026-03-06T21:17:15Z', kind: 'natural', awayMinutes: 7.25 }
    ])
  })

  it('without input hints finds the return by its own sampling, a little later', () => {
    const scenario = parseScenario({ start, minutes: 30, script: [{ at: 10, away: 7.25 }] })
    const natural = runSimulation(scenario, { inputHints: false }).events.find((e) => e.kind === 'natural')
    expect(natural?.minute).toBeGreaterThan(17.25)
    expect(natural?.minute).toBeLessThan(17.25 + 1)
  })

  it('counts wakeups, idle samples and active minutes', () => {
    const result = runSimulation(parseScenario({ start, minutes: 120, script: [{ at: 60, lock: 30 }] }))
    expect(result.activeMinutes).toBeCloseTo(120 - 30 - 5, 6)
    expect(result.timerCallbacks).toBeGreaterThan(10)
    expect(result.timerCallbacks).toBeLessThan(100)
    expect(result.idleSamples).toBeGreaterThan(10)
  })

  it('throws a ScenarioError for a response that is not offered', () => {
    const scenario = parseScenario({ start, minutes: 60, settings: { break: { maxPostpones: 0 } }, responses: { break: ['postpone'] } })
    expect(() => simulate(scenario)).toThrow(ScenarioError)
    expect(() => simulate(scenario)).toThrow('scenario.responses.break[0]: "postpone" is not offered at minute 50 (no postpones left)')
  })

  it('nests overlapping locks', () => {
    const events = simulate(parseScenario({ start, minutes: 40, script: [{ at: 10, lock: 5 }, { at: 12, lock: 10 }] }))
    expect(events.filter((e) => e.kind === 'natural')).toEqual([expect.objectContaining({ minute: 22, awayMinutes: 12 })])
  })
})

describe('output format', () => {
  it('orders events at the same minute natural, posture, dailyLimit, breakWarning, break', () => {
    const at = (kind: SimEvent['kind']): SimEvent => {
      const base = { minute: 5, wall: 'w' }
      switch (kind) {
        case 'natural':
          return { ...base, kind, awayMinutes: 5 }
        case 'posture':
          return { ...base, kind, response: 'done' }
        case 'breakWarning':
          return { ...base, kind }
        case 'break':
          return { ...base, kind, response: 'complete', postponesLeft: 2 }
        case 'dailyLimit':
          return { ...base, kind, activeMinutes: 480 }
      }
    }
    const sorted = sortSimEvents([at('break'), at('breakWarning'), at('dailyLimit'), { ...at('posture'), minute: 4 }, at('posture'), at('natural')])
    expect(sorted.map((e) => `${e.minute}:${e.kind}`)).toEqual(['4:posture', '5:natural', '5:posture', '5:dailyLimit', '5:breakWarning', '5:break'])
  })

  it('rounds minutes to 1e-6 and shows decimals only when needed', () => {
    expect(roundMinutes(49.50000000001)).toBe(49.5)
    expect(roundMinutes(50)).toBe(50)
    expect(roundMinutes(1 / 3)).toBe(0.333333)
    expect(JSON.stringify({ minute: roundMinutes(7.0000000004) })).toBe('{"minute":7}')
  })

  it('writes wall times in the scenario zone with its offset, milliseconds only when present', () => {
    const ms = Date.parse('2026-03-06T21:49:30Z')
    expect(formatWall(ms, 'America/New_York')).toBe('2026-03-06T16:49:30-05:00')
    expect(formatWall(ms, 'UTC')).toBe('2026-03-06T21:49:30Z')
    expect(formatWall(ms + 250, 'Europe/Berlin')).toBe('2026-03-06T22:49:30.250+01:00')
  })
})
