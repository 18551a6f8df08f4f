import { spawnSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { type ProbeCliIo, runProbeCli } from '../../../src/core/busy/probe-cli-main'
import { readProcProcesses } from '../../../src/core/busy/read-proc'

const F = 'tests/fixtures/busy'

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const io: ProbeCliIo = {
    readFile: (path) => readFile(path, 'utf8'),
    readProc: readProcProcesses,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    ownPid: 100
  }
  const code = await runProbeCli(args, io)
  return { code, stdout, stderr }
}

describe('busy-probe CLI', () => {
  it('prints what the fixtures show: camera from /proc, microphone from pactl', async () => {
    const result = await cli('--proc', `${F}/proc-in-call`, '--pactl', `${F}/pactl-source-outputs.json`, '--pactl-sources', `${F}/pactl-sources.json`)
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(JSON.parse(result.stdout)).toEqual({
      camera: true,
      microphone: true,
      sources: [
        { device: 'camera', app: 'zoom', pid: 200 },
        { device: 'microphone', app: 'Firefox', pid: 2001 }
      ]
    })
  })

  it('after the call: nothing in use', async () => {
    const result = await cli('--proc', `${F}/proc-camera-closed`, '--pactl', `${F}/pactl-quiet.json`, '--reg', `${F}/reg-after-call.txt`)
    expect(JSON.parse(result.stdout)).toEqual({ camera: false, microphone: false, sources: [] })
  })

  it('--self and --exe name our own process, which is left out', async () => {
    const withoutSelf = await cli('--proc', `${F}/proc-only-ours`, '--self', '999')
    expect(JSON.parse(withoutSelf.stdout)).toMatchObject({ camera: true })
    const windows = await cli('--reg', `${F}/reg-in-call.txt`, '--exe', 'C:\\Users\\ana\\AppData\\Local\\Programs\\Upright\\Upright.exe')
    expect(JSON.parse(windows.stdout)).toMatchObject({ sources: [{ device: 'camera' }, { device: 'microphone' }] })
  })

  it.each([
    [['--pactl', `${F}/pactl-malformed.json`], /pactl-malformed\.json: pactl source-outputs: not JSON/],
    [['--reg', `${F}/reg-malformed.txt`], /reg query: line 3/],
    [['--proc', `${F}/proc-malformed`], /\/proc stat/],
    [['--proc', `${F}/missing`], /cannot read .*missing/],
    [[], /^busy-probe: usage:/],
    [['--pactl'], /--pactl needs a value/],
    [['--camera', 'x'], /unknown option "--camera"/],
    [['--reg', `${F}/reg-in-call.txt`, '--self', 'abc'], /--self must be a process id/],
    [['--reg', 'a\nb'], /cannot read a\\u000ab/]
  ])('bad input %j: exit 2 and one line', async (args, message) => {
    const result = await cli(...args)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(message)
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
  })

  it('runs as npm run busy-probe', () => {
    const result = spawnSync('npm', ['run', '--silent', 'busy-probe', '--', '--reg', `${F}/reg-in-call.txt`], { encoding: 'utf8' })
    expect(result.status).toBe(0)
    expect(JSON.parse(result.stdout)).toMatchObject({ camera: true, microphone: true })
    const bad = spawnSync('npm', ['run', '--silent', 'busy-probe', '--', '--pactl', `${F}/pactl-malformed.json`], { encoding: 'utf8' })
    expect(bad.status).toBe(2)
    expect(bad.stderr.trim().split('\n')).toHaveLength(1)
  }, 60_000)
})
