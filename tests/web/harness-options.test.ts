import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseHarnessOptions } from '../../src/web/harness-options'

describe('web harness options', () => {
  it('defaults to real speed, now, and port 5199', () => {
    expect(parseHarnessOptions([], {})).toEqual({ port: 5199, speed: 1, startWallMs: null, locale: null, busy: null })
  })

  it('takes --speed, --start with an offset, --locale and PORT', () => {
    expect(parseHarnessOptions(['--speed', '60', '--start', '2026-03-06T23:58:00-05:00', '--locale', 'en-XA'], { PORT: '0' })).toEqual({
      port: 0,
      speed: 60,
      startWallMs: Date.parse('2026-03-07T04:58:00Z'),
      locale: 'en-XA',
      busy: null
    })
  })

  it('takes fixture paths for the busy probes, made absolute', () => {
    const options = parseHarnessOptions(['--busy-proc', 'tests/fixtures/busy/proc-in-call', '--busy-pactl', 'tests/fixtures/busy/pactl-quiet.json'], {})
    expect(options.busy).toEqual({
      procRoot: resolve('tests/fixtures/busy/proc-in-call'),
      pactlFile: resolve('tests/fixtures/busy/pactl-quiet.json'),
      pactlSourcesFile: null
    })
    expect(parseHarnessOptions(['--busy-pactl', 'tests/fixtures/busy/pactl-quiet.json'], {}).busy?.procRoot).toBeNull()
  })

  it.each([
    [['--start', '2026-03-06T12:00:00'], /--start must be an ISO 8601 time with an offset/],
    [['--start', 'tomorrow'], /--start must be an ISO 8601 time with an offset.*"tomorrow"/],
    [['--start', '+275760-09-13T00:00:00Z'], /--start must be/],
    [['--speed', '0'], /--speed must be a number from 0 to 3600, got "0"/],
    [['--locale', 'de_DE.UTF-8'], /--locale must be a language tag such as de or en-XA, got "de_DE.UTF-8"/],
    [['--sped', '2'], /Unknown option '--sped'.*usage: npm run web/],
    [['--busy-proc', 'tests/fixtures/busy/no-such-folder'], /--busy-proc must name an existing folder, got "tests\/fixtures\/busy\/no-such-folder" \(ENOENT/],
    [['--busy-proc', 'tests/fixtures/busy/pactl-quiet.json'], /--busy-proc must name a folder, got/],
    [['--busy-pactl', 'tests/fixtures/busy/proc-in-call'], /--busy-pactl must name a file, got/],
    [['--busy-pactl-sources', 'tests/fixtures/busy/pactl-sources.json'], /--busy-pactl-sources needs --busy-pactl/]
  ])('refuses %j with one clear line', (args, message) => {
    expect(() => parseHarnessOptions(args, {})).toThrow(message)
  })

  it('refuses a PORT that is not a port', () => {
    expect(() => parseHarnessOptions([], { PORT: '70000' })).toThrow('PORT must be a port number, got "70000"')
  })
})
