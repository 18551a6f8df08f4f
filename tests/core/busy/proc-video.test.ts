import { describe, expect, it } from 'vitest'
import { cameraUsersFromProc, parseProcStat, processFamily } from '../../../src/core/busy/proc-video'
import { readProcProcesses } from '../../../src/core/busy/read-proc'

const fixture = (name: string): string => `tests/fixtures/busy/${name}`
const OWN_PID = 100

describe('Linux camera: /proc/*/fd links to /dev/video*', () => {
  it('finds another app holding the camera, leaving out our own process and its children', async () => {
    const processes = await readProcProcesses(fixture('proc-in-call'))
    expect(cameraUsersFromProc(processes, OWN_PID)).toEqual([{ device: 'camera', app: 'zoom', pid: 200 }])
  })

  it('reads the tree: names with spaces and parentheses, kernel threads without an fd folder skipped', async () => {
    const processes = await readProcProcesses(fixture('proc-in-call'))
    expect(processes.map((process) => process.pid).sort((a, b) => a - b)).toEqual([1, 100, 101, 200, 400])
    expect(processes.find((process) => process.pid === 101)).toMatchObject({ name: 'upright (renderer)', ppid: 100 })
    expect(processFamily(processes, OWN_PID)).toEqual(new Set([100, 101]))
  })

  it('a process that opened the camera and closed it does not count (nor a deleted node or a look-alike path)', async () => {
    const processes = await readProcProcesses(fixture('proc-camera-closed'))
    expect(processes.find((process) => process.pid === 300)?.fdTargets).toContain('/dev/video0 (deleted)')
    expect(cameraUsersFromProc(processes, OWN_PID)).toEqual([])
  })

  it('our own posture watch holding the camera is not a call', async () => {
    expect(cameraUsersFromProc(await readProcProcesses(fixture('proc-only-ours')), OWN_PID)).toEqual([])
  })

  it('a malformed stat file is an error (the probe turns off), a missing root too', async () => {
    await expect(readProcProcesses(fixture('proc-malformed'))).rejects.toThrow(/\/proc stat: no "\(name\)" field/)
    await expect(readProcProcesses(fixture('no-such-folder'))).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('parses stat lines whose name holds ") ("', () => {
    expect(parseProcStat('4242 (a) (b) S 17 4242 0')).toEqual({ pid: 4242, name: 'a) (b', ppid: 17 })
    expect(() => parseProcStat('4242 a S 17')).toThrow()
    expect(() => parseProcStat('x (a) S y')).toThrow()
  })
})
