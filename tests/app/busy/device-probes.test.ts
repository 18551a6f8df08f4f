import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { describeCapabilities } from '../../../src/app/busy/capabilities'
import { deviceProbesFor, type DeviceProbeOptions, unwatchableReason } from '../../../src/app/busy/device-probes'
import type { RunCommand } from '../../../src/app/busy/probe'
import { readProcProcesses } from '../../../src/core/busy/read-proc'
import { scriptedRun as scripted } from './scripted-run'
import { englishI18n } from '../../helpers/english-content'
import { i18nShowing } from '../../helpers/message-words'

const t = englishI18n.t

const F = 'tests/fixtures/busy'
const read = (name: string): string => readFileSync(`${F}/${name}`, 'utf8')

function options(platform: NodeJS.Platform, run: RunCommand, extra: Partial<DeviceProbeOptions> = {}): DeviceProbeOptions {
  return {
    platform,
    ownPid: 100,
    exePath: 'C:\\Users\\ana\\AppData\\Local\\Programs\\Upright\\Upright.exe',
    macCameraHelper: '/Applications/Upright.app/Contents/Resources/is-camera-on',
    readProc: (root) => readProcProcesses(root === '/proc' ? `${F}/proc-in-call` : root),
    run,
    ...extra
  }
}

const PACTL_OUTPUTS = 'pactl -f json list source-outputs'
const PACTL_SOURCES = 'pactl -f json list sources'
const REG_WEBCAM = 'reg query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore\\webcam /s'
const REG_MIC = 'reg query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore\\microphone /s'

describe('call probes per OS', () => {
  it('Linux: camera from /proc, microphone from pactl (sources asked only when a stream might count)', async () => {
    const run = scripted({ [PACTL_OUTPUTS]: read('pactl-source-outputs.json'), [PACTL_SOURCES]: read('pactl-sources.json') })
    const seen: string[] = []
    const [camera, microphone] = deviceProbesFor(options('linux', run, { onUsers: (device, users) => seen.push(`${device}:${users.map((u) => u.app).join(',')}`) }))
    expect(await camera?.isBusy()).toBe(true)
    expect(await microphone?.isBusy()).toBe(true)
    expect(seen).toEqual(['camera:zoom', 'microphone:Firefox'])

    const quiet = scripted({ [PACTL_OUTPUTS]: read('pactl-quiet.json') })
    const [, quietMicrophone] = deviceProbesFor(options('linux', quiet))
    expect(await quietMicrophone?.isBusy()).toBe(false)
    expect(quiet.asked).toEqual([PACTL_OUTPUTS])
  })

  it('Linux: the microphone look leaves out our renderers, found by the camera look', async () => {
    const ours = JSON.stringify([{ index: 1, source: 55, properties: { 'application.name': 'Upright renderer', 'application.process.id': '101' } }])
    const run = scripted({ [PACTL_OUTPUTS]: ours, [PACTL_SOURCES]: read('pactl-sources.json') })
    const [camera, microphone] = deviceProbesFor(options('linux', run))
    await camera?.isBusy()
    expect(await microphone?.isBusy()).toBe(false)
  })

  it('Linux: no pactl turns the microphone probe off with one notice; the camera goes on', async () => {
    const notices: string[] = []
    const [camera, microphone] = deviceProbesFor(options('linux', scripted({}), { notice: (message) => notices.push(message) }))
    expect(await microphone?.isBusy()).toBeNull()
    expect(await microphone?.isBusy()).toBeNull()
    expect(notices).toEqual(['Upright: Microphone (pactl source-outputs) turned off: the tool it needs is not installed'])
    expect(await camera?.isBusy()).toBe(true)
  })

  it('Linux: a malformed pactl answer turns the probe off at once', async () => {
    const [, microphone] = deviceProbesFor(options('linux', scripted({ [PACTL_OUTPUTS]: read('pactl-malformed.json') })))
    expect(await microphone?.isBusy()).toBeNull()
    expect(microphone?.status()).toEqual({ state: 'off', why: 'pactl source-outputs: not JSON' })
  })

  it('Windows: one reg query per device; a key nobody has used yet means not in use', async () => {
    const text = read('reg-in-call.txt')
    const run = scripted({ [REG_WEBCAM]: text, [REG_MIC]: text })
    const [camera, microphone] = deviceProbesFor(options('win32', run))
    expect(await camera?.isBusy()).toBe(true)
    expect(await microphone?.isBusy()).toBe(true)
    const missing = new Error('Command failed: reg query …\nERROR: The system was unable to find the specified registry key or value.')
    const [fresh] = deviceProbesFor(options('win32', scripted({ [REG_WEBCAM]: missing })))
    expect(await fresh?.isBusy()).toBe(false)
    expect(fresh?.status()).toEqual({ state: 'watching' })
  })

  it('Windows: three failures in a row turn a probe off; a success in between resets the count', async () => {
    let answer: string | Error = new Error('timed out')
    const run = vi.fn<RunCommand>(() => (answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer)))
    const [camera] = deviceProbesFor(options('win32', run))
    await camera?.isBusy()
    await camera?.isBusy()
    answer = read('reg-after-call.txt')
    expect(await camera?.isBusy()).toBe(false)
    answer = new Error('timed out')
    for (let look = 0; look < 3; look++) await camera?.isBusy()
    expect(camera?.status()).toEqual({ state: 'off', why: 'timed out' })
    const asked = run.mock.calls.length
    expect(await camera?.isBusy()).toBeNull()
    expect(run).toHaveBeenCalledTimes(asked)
  })

  it('macOS: the camera through the is-camera-on helper; no microphone probe', async () => {
    const helper = '/Applications/Upright.app/Contents/Resources/is-camera-on'
    const probes = deviceProbesFor(options('darwin', scripted({ [helper]: 'true\n' })))
    expect(probes.map((probe) => probe.signals)).toEqual([['camera']])
    expect(await probes[0]?.isBusy()).toBe(true)
    expect(deviceProbesFor(options('darwin', scripted({}), { macCameraHelper: null }))).toEqual([])
  })

  it('Preferences: what each system watches, what turned off, and why the rest cannot be seen', async () => {
    const [camera, microphone] = deviceProbesFor(options('linux', scripted({})))
    await microphone?.isBusy()
    const capabilities = describeCapabilities([camera!, microphone!], (signal) => unwatchableReason('linux', signal, t), null, t)
    expect(capabilities.map(({ signal, state }) => `${signal}:${state}`)).toEqual([
      'camera:watching',
      'microphone:off',
      'fullscreen:none',
      'doNotDisturb:none'
    ])
    const mac = describeCapabilities(deviceProbesFor(options('darwin', scripted({}))), (signal) => unwatchableReason('darwin', signal, t), null, t)
    expect(mac.find((capability) => capability.signal === 'microphone')).toEqual({
      signal: 'microphone',
      state: 'none',
      detail: 'macOS offers no way to see it without a native module.'
    })
  })

  it('Preferences in German: the source a probe reads, and why one turned off, with no English words', async () => {
    const [camera, microphone] = deviceProbesFor(options('linux', scripted({})))
    await microphone?.isBusy()
    const german = (await i18nShowing('de')).t
    const capabilities = describeCapabilities([camera!, microphone!], (signal) => unwatchableReason('linux', signal, german), null, german)
    expect(capabilities.slice(0, 2).map(({ detail }) => detail)).toEqual(['/proc, /dev/video*', 'Abgeschaltet: das benötigte Programm ist nicht installiert'])
  })
})
