import fc from 'fast-check'
import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import { parseScenario, type Scenario } from '../../../src/core/simulator/scenario'
import { runSimulation, type SimEvent } from '../../../src/core/simulator/run'
import type { ScenarioInput } from '../../../src/core/simulator/scenario'

/**
 * Random days through the real engine (via the simulator's scripted clock), checked against an
 * oracle written from DESIGN.md §3 alone. Thresholds are ≥ 60 s: below that the engine samples
 * once a minute and may, by design, miss an absence shorter than a minute.
 */

interface Interval {
  from: number
  to: number
}

type Entry = { at: number } & (
  | { away: number }
  | { lock: number }
  | { suspend: number }
  | { pause: number }
  | { clockJump: number }
)

const zones = ['UTC', 'America/New_York', 'Europe/Berlin'] as const

function entryArbitrary(maxMinutes: number, withJumps: boolean): fc.Arbitrary<Entry> {
  const at = fc.integer({ min: 0, max: maxMinutes * 4 }).map((quarter) => quarter / 4)
  const length = fc.integer({ min: 1, max: 360 }).map((quarter) => quarter / 4)
  const kinds: fc.Arbitrary<Entry>[] = [
    fc.record({ at, away: length }),
    fc.record({ at, lock: length }),
    fc.record({ at, suspend: length }),
    fc.record({ at, pause: length })
  ]
  if (withJumps) {
    kinds.push(fc.record({ at, clockJump: fc.integer({ min: -900, max: 900 }).filter((minutes) => minutes !== 0) }))
  }
  return fc.oneof(...kinds)
}

function scenarioArbitrary(options: { withJumps: boolean; workingHours: boolean }): fc.Arbitrary<ScenarioInput> {
  return fc
    .record({
      minutes: fc.integer({ min: 120, max: 2 * 24 * 60 }),
      startOffsetMinutes: fc.integer({ min: 0, max: 7 * 24 * 4 }).map((quarter) => quarter * 15),
      timezone: fc.constantFrom(...zones),
      thresholdSeconds: fc.constantFrom(60, 120, 300),
      postureMinutes: fc.integer({ min: 5, max: 40 }),
      breakMinutes: fc.integer({ min: 10, max: 90 }),
      durationMinutes: fc.constantFrom(1, 5, 10),
      warningSeconds: fc.constantFrom(0, 30, 120),
      postponeMinutes: fc.integer({ min: 1, max: 10 }),
      breakResponses: fc.array(fc.constantFrom('complete', 'skip', 'postpone'), { maxLength: 8 })
    })
    .chain((base) =>
      fc.array(entryArbitrary(base.minutes, options.withJumps), { maxLength: 14 }).map(
        (script): ScenarioInput => ({
          start: DateTime.fromISO('2026-03-02T00:00:00', { zone: base.timezone })
            .plus({ minutes: base.startOffsetMinutes })
            .toISO() ?? '',
          timezone: base.timezone,
          minutes: base.minutes,
          settings: {
            posture: { intervalMinutes: base.postureMinutes },
            break: {
              intervalMinutes: base.breakMinutes,
              durationMinutes: base.durationMinutes,
              warningSeconds: base.warningSeconds,
              postponeMinutes: base.postponeMinutes,
              maxPostpones: 10
            },
            idle: { thresholdSeconds: base.thresholdSeconds },
            workingHours: { enabled: options.workingHours }
          },
          script,
          responses: { break: base.breakResponses }
        })
      )
    )
}

// ── the oracle ──────────────────────────────────────────────────────────────────────────────

function union(intervals: Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.to > i.from).sort((a, b) => a.from - b.from)
  const merged: Interval[] = []
  for (const interval of sorted) {
    const last = merged[merged.length - 1]
    if (last && interval.from <= last.to) last.to = Math.max(last.to, interval.to)
    else merged.push({ ...interval })
  }
  return merged
}

function spansOf(scenario: Scenario, kind: 'lock' | 'suspend' | 'away'): Interval[] {
  return union(
    scenario.script
      .filter((action) => action.kind === kind)
      .map((action) => ({ from: action.atMinutes, to: action.atMinutes + action.minutes }))
  )
}

/** A later pause replaces the current one ("pause 5 min" during "pause 1 h" ends it sooner). */
function pauses(scenario: Scenario): Interval[] {
  const result: Interval[] = []
  for (const action of [...scenario.script].filter((a) => a.kind === 'pause').sort((a, b) => a.atMinutes - b.atMinutes)) {
    const last = result[result.length - 1]
    if (last && action.atMinutes < last.to) last.to = action.atMinutes
    result.push({ from: action.atMinutes, to: action.atMinutes + action.minutes })
  }
  return union(result)
}

const inside = (minute: number, intervals: Interval[], open: boolean): boolean =>
  intervals.some((i) => (open ? minute > i.from && minute < i.to : minute >= i.from && minute < i.to))

function insideOfficeHours(wall: string, zone: string): boolean {
  const local = DateTime.fromISO(wall, { zone })
  const minuteOfDay = local.hour * 60 + local.minute + local.second / 60
  return local.weekday <= 5 && minuteOfDay >= 9 * 60 && minuteOfDay < 17 * 60
}

/** Office hours as monotonic minutes, for scenarios without clock jumps. */
function officeHoursSpans(scenario: Scenario): Interval[] {
  const spans: Interval[] = []
  const first = DateTime.fromMillis(scenario.startWallMs, { zone: scenario.timeZone }).startOf('day')
  for (let day = 0; day <= Math.ceil(scenario.minutes / 1440) + 1; day++) {
    const date = first.plus({ days: day })
    if (date.weekday > 5) continue
    const at = (hour: number): number =>
      (DateTime.fromObject({ year: date.year, month: date.month, day: date.day, hour }, { zone: scenario.timeZone }).toMillis() -
        scenario.startWallMs) /
      60_000
    spans.push({ from: at(9), to: at(17) })
  }
  return spans
}

function measure(window: Interval, counted: (minute: number) => boolean, edges: number[]): number {
  const points = [...new Set([window.from, window.to, ...edges.filter((e) => e > window.from && e < window.to)])].sort(
    (a, b) => a - b
  )
  let total = 0
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] ?? 0
    const to = points[i + 1] ?? 0
    if (counted((from + to) / 2)) total += to - from
  }
  return total
}

function simulateRandom(input: ScenarioInput): { scenario: Scenario; events: SimEvent[] } {
  const scenario = parseScenario(input)
  return { scenario, events: runSimulation(scenario).events }
}

const reminderKinds = new Set(['posture', 'breakWarning', 'break'])

describe('engine properties (random scripts)', () => {
  it('never shows anything while away, paused or outside working hours', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ withJumps: true, workingHours: true }), fc.boolean(), (input, hoursOn) => {
        const withHours = { ...input, settings: { ...input.settings, workingHours: { enabled: hoursOn } } }
        const { scenario, events } = simulateRandom(withHours)
        const thresholdMinutes = scenario.settings.idle.thresholdSeconds / 60
        const locked = union([...spansOf(scenario, 'lock'), ...spansOf(scenario, 'suspend')])
        const idleAway = spansOf(scenario, 'away')
          .filter((span) => span.to - span.from >= thresholdMinutes)
          .map((span) => ({ from: span.from + thresholdMinutes, to: span.to }))
        const paused = pauses(scenario)
        for (const event of events.filter((e) => reminderKinds.has(e.kind))) {
          const where = `${event.kind} at minute ${event.minute}`
          expect(inside(event.minute, locked, true), `${where} while locked or suspended`).toBe(false)
          expect(inside(event.minute, idleAway, false), `${where} while idle-away`).toBe(false)
          expect(inside(event.minute, paused, true), `${where} while paused`).toBe(false)
          if (hoursOn) expect(insideOfficeHours(event.wall, scenario.timeZone), `${where} outside hours`).toBe(true)
        }
      }),
      { numRuns: 150 }
    )
  }, 60_000)

  it('never shows two breaks less than break.intervalMinutes of active time apart', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ withJumps: false, workingHours: true }), fc.boolean(), (input, hoursOn) => {
        const withHours = { ...input, settings: { ...input.settings, workingHours: { enabled: hoursOn } } }
        const { scenario, events } = simulateRandom(withHours)
        const thresholdMinutes = scenario.settings.idle.thresholdSeconds / 60
        const absences = spansOf(scenario, 'away').filter((span) => span.to - span.from >= thresholdMinutes)
        const elsewhere = [...spansOf(scenario, 'lock'), ...spansOf(scenario, 'suspend'), ...pauses(scenario)]
        const hours = hoursOn ? officeHoursSpans(scenario) : [{ from: -Infinity, to: Infinity }]
        const breaks = events.filter((e): e is Extract<SimEvent, { kind: 'break' }> => e.kind === 'break')
        for (let i = 0; i + 1 < breaks.length; i++) {
          const previous = breaks[i]
          const next = breaks[i + 1]
          if (!previous || !next || previous.response === 'postpone') continue
          // An absence counts from the last input once it is recognised; a break that falls due
          // in its first threshold (the user may yet come back) had counted that time as active.
          const recognised = absences.filter((span) => !(next.minute >= span.from && next.minute < span.from + thresholdMinutes))
          const away = union([...elsewhere, ...recognised])
          const edges = [...away, ...hours].flatMap((interval) => [interval.from, interval.to]).filter(Number.isFinite)
          const active = (minute: number): boolean => !inside(minute, away, false) && inside(minute, hours, false)
          const endedAt =
            previous.response === 'complete' ? previous.minute + scenario.settings.break.durationMinutes : previous.minute
          const activeMinutes = measure({ from: endedAt, to: next.minute }, active, edges)
          expect(activeMinutes, `breaks at ${previous.minute} and ${next.minute}`).toBeGreaterThanOrEqual(
            scenario.settings.break.intervalMinutes - 1e-6
          )
        }
      }),
      { numRuns: 150 }
    )
  }, 60_000)

  it('gives the same monotonic timeline with or without wall-clock jumps (working hours off)', () => {
    fc.assert(
      fc.property(
        scenarioArbitrary({ withJumps: false, workingHours: false }),
        fc.array(
          fc.record({
            at: fc.integer({ min: 0, max: 120 }),
            clockJump: fc.integer({ min: -1440, max: 1440 }).filter((minutes) => minutes !== 0)
          }),
          { minLength: 1, maxLength: 5 }
        ),
        (input, jumps) => {
          const plain = simulateRandom(input).events
          const jumped = simulateRandom({ ...input, script: [...(input.script ?? []), ...jumps] }).events
          const timeline = (events: SimEvent[]): string[] => events.map((e) => `${e.kind}@${e.minute}`)
          expect(timeline(jumped)).toEqual(timeline(plain))
        }
      ),
      { numRuns: 100 }
    )
  }, 60_000)
})
