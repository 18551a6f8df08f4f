/** What a device probe found: who holds the camera or records from a microphone. */
export type Device = 'camera' | 'microphone'

export interface DeviceUser {
  device: Device
  /** The program as its source names it (process name, application name, or the app's path). */
  app: string
  /** Process id where the source gives one. */
  pid: number | null
}

export interface DeviceUse {
  camera: boolean
  microphone: boolean
  sources: DeviceUser[]
}

/** Longest app name kept from any source: the names end up in logs and on stdout. */
const MAX_APP_NAME_LENGTH = 200

export function deviceUser(device: Device, app: string, pid: number | null): DeviceUser {
  const cleaned = app.replace(/\p{Cc}/gu, ' ').trim().slice(0, MAX_APP_NAME_LENGTH)
  return { device, app: cleaned === '' ? 'unknown' : cleaned, pid }
}

export function summarizeDeviceUse(users: readonly DeviceUser[]): DeviceUse {
  return {
    camera: users.some((user) => user.device === 'camera'),
    microphone: users.some((user) => user.device === 'microphone'),
    sources: [...users]
  }
}

/** Thrown by a parser whose input is not what the tool prints: the probe that owns it turns off. */
export class UnreadableProbeOutput extends Error {
  constructor(source: string, problem: string) {
    super(`${source}: ${problem}`)
    this.name = 'UnreadableProbeOutput'
  }
}
