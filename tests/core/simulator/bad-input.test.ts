import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXIT_BAD_INPUT, runCli } from '../../../src/core/simulator/cli-main'
import { memoryIo } from '../../helpers/simulator-io'

const root = join(import.meta.dirname, '../../..')

interface Outcome {
  code: number | null
  stdout: string
  stderr: string
}

const start = '2026-03-06T16:00:00-05:00'
const scenario = (extra: Record<string, unknown>): string => JSON.stringify({ start, minutes: 120, ...extra })

/** [what, stdin, the one stderr line] */
const badInputs: [string, string, string | RegExp][] = [
  ['an unknown top-level field', scenario({ setings: {} }), 'scenario: unknown field "setings"'],
  [
    'a wrong type in the script',
    scenario({ script: [{ at: 10, away: 3 }, { at: 30, lock: 5 }, { at: 60, away: '3' }] }),
    'scenario.script[2].away: expected number, received string'
  ],
  ['an unknown field in a script entry', scenario({ script: [{ at: 10, nap: 3 }] }), 'scenario.script[0]: unknown field "nap"'],
  [
    'two actions in one script entry',
    scenario({ script: [{ at: 10, away: 3, lock: 2 }] }),
    'scenario.script[0]: expected exactly one of away, lock, suspend, clockJump, pause, restart'
  ],
  ['a script entry after the end', scenario({ script: [{ at: 121, away: 3 }] }), 'scenario.script[0].at: after the end of the scenario (minutes: 120)'],
  ['a missing field', JSON.stringify({ start }), 'scenario.minutes: required (number)'],
  ['a start without an offset', scenario({ start: '2026-03-06T16:00:00' }), /^scenario\.start: expected an ISO 8601 date-time with an offset/],
  ['an invalid time zone', scenario({ timezone: 'Mars/Olympus_Mons' }), /^scenario\.timezone: unknown IANA time zone/],
  ['an unknown settings field', scenario({ settings: { break: { interval: 5 } } }), 'scenario.settings.break: unknown field "interval"'],
  ['a setting out of range', scenario({ settings: { break: { intervalMinutes: 0 } } }), /^scenario\.settings\.break\.intervalMinutes: Too small/],
  [
    'working hours that end before they start',
    scenario({ settings: { workingHours: { days: { mon: [{ start: '17:00', end: '09:00' }] } } } }),
    'scenario.settings.workingHours.days.mon[0]: a working-hours range must end after it starts'
  ],
  [
    'overlapping clock minutes',
    scenario({ settings: { break: { schedule: 'clock', clockMinutes: [0, 3] } } }),
    /^scenario\.settings\.break\.clockMinutes: breaks at :00 and :03 would overlap/
  ],
  ['an out-of-range clock minute', scenario({ settings: { break: { clockMinutes: [60] } } }), /^scenario\.settings\.break\.clockMinutes\[0\]: /],
  [
    'a daily limit below the break interval',
    scenario({ settings: { dailyLimit: { enabled: true, minutes: 30 } } }),
    /^scenario\.settings\.dailyLimit\.minutes: the daily limit \(30 min\) must not be below the break interval/
  ],
  [
    'an unknown response word',
    scenario({ responses: { break: ['complete', 'snooze'] } }),
    'scenario.responses.break[1]: Invalid option: expected one of "complete"|"postpone"|"skip"'
  ],
  [
    'a postpone past the limit',
    scenario({ responses: { break: ['postpone', 'postpone', 'postpone'] } }),
    'scenario.responses.break[2]: "postpone" is not offered at minute 60 (no postpones left)'
  ],
  [
    'a skip in strict level',
    scenario({ settings: { break: { level: 'strict' } }, responses: { break: ['skip'] } }),
    'scenario.responses.break[0]: "skip" is not offered at minute 50 (not offered in strict level)'
  ],
  [
    'a postpone in strict level',
    scenario({ settings: { break: { level: 'strict' } }, responses: { break: ['postpone'] } }),
    'scenario.responses.break[0]: "postpone" is not offered at minute 50 (not offered in strict level)'
  ],
  ['not an object', '[1, 2]', 'scenario: expected object, received array'],
  ['invalid JSON', '{ "start": ', /^stdin: invalid JSON: /],
  ['empty input', '', /^stdin: invalid JSON: /]
]

function expectOneCleanLine(outcome: Outcome, expected: string | RegExp): void {
  expect(outcome.code).toBe(EXIT_BAD_INPUT)
  expect(outcome.stdout).toBe('')
  expect(outcome.stderr.endsWith('\n')).toBe(true)
  const lines = outcome.stderr.slice(0, -1).split('\n')
  expect(lines).toHaveLength(1)
  expect(outcome.stderr).not.toMatch(/\bat .+:\d+:\d+/)
  if (typeof expected === 'string') expect(lines[0]).toBe(expected)
  else expect(lines[0]).toMatch(expected)
}

describe('bad input (in process)', () => {
  it.each(badInputs)('rejects %s', async (_what, stdin, expected) => {
    const io = memoryIo(stdin)
    const code = await runCli(['-'], io)
    expectOneCleanLine({ code, stdout: io.out, stderr: io.err }, expected)
  })

  it('prints usage for no argument or too many', async () => {
    for (const args of [[], ['a.json', 'b.json']]) {
      const io = memoryIo('')
      expectOneCleanLine({ code: await runCli(args, io), stdout: io.out, stderr: io.err }, /^usage: /)
    }
  })
})

/**
 * tests/scenarios/bad-input/<name>.json must be refused with exit 2 and exactly the line in
 * <name>.stderr.txt (the engine's edge rules: date range, restarts, escaped control characters).
 */
describe('bad-input scenario files', () => {
  const dir = join(root, 'tests/scenarios/bad-input')
  const names = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/, ''))
  it('has files for the edge rules', () => {
    expect(names.length).toBeGreaterThanOrEqual(6)
  })
  it.each(names)('%s', async (name) => {
    const io = memoryIo()
    const code = await runCli([`tests/scenarios/bad-input/${name}.json`], io)
    expectOneCleanLine({ code, stdout: io.out, stderr: io.err }, readFileSync(join(dir, `${name}.stderr.txt`), 'utf8').trimEnd())
    // No raw control character ever reaches the terminal.
    // eslint-disable-next-line no-control-regex -- the point is to find control characters
    expect(io.err.slice(0, -1)).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/)
  })
})

describe('bad input: files that cannot be read', () => {
  it.each([
    ['a missing file', 'tests/scenarios/no-such-file.json', /^cannot read tests\/scenarios\/no-such-file\.json: ENOENT/],
    ['a directory', 'tests/scenarios', /^cannot read tests\/scenarios: EISDIR/]
  ] as [string, string, RegExp][])('exits 2 with one line for %s', async (_what, path, expected) => {
    const io = memoryIo()
    const code = await runCli([path], io)
    expectOneCleanLine({ code, stdout: io.out, stderr: io.err }, expected)
  })
})
