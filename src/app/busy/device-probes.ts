import type { TFunction } from 'i18next'
import type { Device, DeviceUser } from '../../core/busy/device-use'
import { parseIsCameraOn } from '../../core/busy/mac-camera'
import {
  candidateMicrophoneOutputs,
  microphoneUsersFromPactl,
  parsePactlSourceOutputs,
  parsePactlSources
} from '../../core/busy/pactl'
import { cameraUsersFromProc, type ProcProcess, processFamily } from '../../core/busy/proc-video'
import { CONSENT_STORE_KEY, deviceUsersFromConsentStore, parseRegQuery } from '../../core/busy/reg-consent-store'
import { type BusyProbe, guardedProbe, type RunCommand, runCommand } from './probe'

/*
 * Camera and microphone in use by another app (a call), per OS, without native modules:
 *   Linux    camera: /proc/<pid>/fd links to /dev/video* (our user's processes; no lsof)
 *            microphone: `pactl -f json list source-outputs` (PulseAudio, PipeWire), minus
 *            monitor sources (recording what the speakers play) and corked streams
 *   Windows  both: the privacy consent store (`reg query`), entries with LastUsedTimeStop = 0
 *   macOS    camera: the is-camera-on helper binary; microphone: not detected (no maintained
 *            package ships a helper, and CoreAudio's IsRunningSomewhere needs native code)
 * Our own processes are left out where the source names them (Linux, Windows); macOS cannot.
 */

export interface DeviceProbeOptions {
  platform: NodeJS.Platform
  ownPid: number
  /** our executable (Windows consent store entries are keyed by it) */
  exePath: string
  /** the is-camera-on binary, unpacked next to the app (macOS) */
  macCameraHelper: string | null
  readProc: (root: string) => Promise<ProcProcess[]>
  run?: RunCommand
  notice?: (message: string) => void
  /** Called with who holds a device at each look (for logs and bug reports). */
  onUsers?: (device: Device, users: readonly DeviceUser[]) => void
}

/** Where the Linux probes look: the real system, or fixtures (the web harness, tests); null leaves a probe out. */
export interface LinuxDeviceSources {
  /** a /proc-shaped folder */
  procRoot: string | null
  /** runs `pactl` (the real one, or an answer read from a file) */
  pactl: RunCommand | null
}

/** The Linux call probes over the given sources, camera first. */
export function linuxDeviceProbes(
  options: Pick<DeviceProbeOptions, 'ownPid' | 'readProc' | 'notice' | 'onUsers'>,
  sources: LinuxDeviceSources
): BusyProbe[] {
  // The camera look reads the process tree; the microphone look reuses it to leave our renderers out.
  let ownPids: ReadonlySet<number> = new Set([options.ownPid])
  const probes: BusyProbe[] = []
  const { procRoot, pactl } = sources
  if (procRoot !== null) {
    probes.push(
      guardedProbe({
        name: 'Camera (/proc, /dev/video*)',
        source: '/proc, /dev/video*',
        reason: 'call',
        signals: ['camera'],
        notice: options.notice,
        look: async () => {
          const processes = await options.readProc(procRoot)
          ownPids = processFamily(processes, options.ownPid)
          const users = cameraUsersFromProc(processes, options.ownPid)
          options.onUsers?.('camera', users)
          return users.length > 0
        }
      })
    )
  }
  if (pactl !== null) {
    probes.push(
      guardedProbe({
        name: 'Microphone (pactl source-outputs)',
        source: 'pactl source-outputs',
        reason: 'call',
        signals: ['microphone'],
        notice: options.notice,
        look: async () => {
          const outputs = parsePactlSourceOutputs(await pactl('pactl', ['-f', 'json', 'list', 'source-outputs']))
          // The sources list tells monitors apart; it is asked for only when some stream might count.
          const sources =
            candidateMicrophoneOutputs(outputs, ownPids).length === 0
              ? []
              : parsePactlSources(await pactl('pactl', ['-f', 'json', 'list', 'sources']))
          const users = microphoneUsersFromPactl(outputs, sources, ownPids)
          options.onUsers?.('microphone', users)
          return users.length > 0
        }
      })
    )
  }
  return probes
}

/** `reg query` exits 1 with this when no app has ever asked for the device: nothing in use. */
const keyMissing = /unable to find the specified registry key/i

function windowsProbe(device: Device, options: DeviceProbeOptions, run: RunCommand): BusyProbe {
  const key = `${CONSENT_STORE_KEY}\\${device === 'camera' ? 'webcam' : 'microphone'}`
  return guardedProbe({
    name: `${device === 'camera' ? 'Camera' : 'Microphone'} (Windows privacy consent store)`,
    source: `ConsentStore\\${device === 'camera' ? 'webcam' : 'microphone'}`,
    reason: 'call',
    signals: [device],
    notice: options.notice,
    look: async () => {
      let output: string
      try {
        output = await run('reg', ['query', key, '/s'])
      } catch (error) {
        if (error instanceof Error && keyMissing.test(error.message)) return false
        throw error
      }
      const users = deviceUsersFromConsentStore(parseRegQuery(output), options.exePath).filter((user) => user.device === device)
      options.onUsers?.(device, users)
      return users.length > 0
    }
  })
}

function macCameraProbe(helper: string, options: DeviceProbeOptions, run: RunCommand): BusyProbe {
  return guardedProbe({
    name: 'Camera (is-camera-on)',
    source: 'is-camera-on',
    reason: 'call',
    signals: ['camera'],
    notice: options.notice,
    look: async () => parseIsCameraOn(await run(helper, []))
  })
}

/** The call probes this platform offers, camera first. */
export function deviceProbesFor(options: DeviceProbeOptions): BusyProbe[] {
  const run = options.run ?? runCommand
  switch (options.platform) {
    case 'linux':
      return linuxDeviceProbes(options, { procRoot: '/proc', pactl: run })
    case 'win32':
      return [windowsProbe('camera', options, run), windowsProbe('microphone', options, run)]
    case 'darwin':
      return options.macCameraHelper === null ? [] : [macCameraProbe(options.macCameraHelper, options, run)]
    default:
      return []
  }
}

/** Why a signal cannot be seen on this platform, for Preferences (null: a probe covers it). */
export function unwatchableReason(
  platform: NodeJS.Platform,
  signal: 'camera' | 'microphone' | 'fullscreen' | 'doNotDisturb',
  t: TFunction
): string {
  if (signal === 'microphone' && platform === 'darwin') return t('busy.unwatchable.macMicrophone')
  if (signal === 'fullscreen') return t('busy.unwatchable.fullscreen')
  if (signal === 'doNotDisturb') {
    if (platform === 'win32') return t('busy.unwatchable.dndWindows')
    if (platform === 'darwin') return t('busy.unwatchable.dndMac')
    return t('busy.unwatchable.dndLinux')
  }
  return t('busy.unwatchable.notDetected')
}
