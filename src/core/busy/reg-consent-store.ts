import { type Device, type DeviceUser, deviceUser, UnreadableProbeOutput } from './device-use'

/*
 * Windows keeps, per app that asked for the camera or microphone, when it last started and
 * stopped using it (Settings › Privacy shows the same as "currently in use"):
 *   HKCU\Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\ConsentStore\
 *     webcam\<package family>          LastUsedTimeStart, LastUsedTimeStop (FILETIME, REG_QWORD)
 *     webcam\NonPackaged\<exe path with # for \>
 *   and the same under microphone\. A start with no stop (LastUsedTimeStop = 0) is in use now.
 */
export const CONSENT_STORE_KEY = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore'

export interface RegKey {
  path: string
  values: Map<string, string>
}

const valueLine = /^ {4}(\S(?:.*?\S)?) {4}(REG_[A-Z_0-9]+)(?: {4}(.*))?$/
const endLine = /^End of search: \d+ match\(es\) found\.$/

/** `reg query <key> /s` output: key lines (HKEY_…) each followed by indented "name    TYPE    value" lines. */
export function parseRegQuery(text: string): RegKey[] {
  const keys: RegKey[] = []
  let current: RegKey | null = null
  const lines = text.split(/\r?\n/)
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '' || endLine.test(line.trim())) continue
    if (line.startsWith('HKEY_')) {
      current = { path: line.trim(), values: new Map() }
      keys.push(current)
      continue
    }
    const value = valueLine.exec(line)
    if (!value || !current) throw new UnreadableProbeOutput('reg query', `line ${index + 1} is neither a key nor a value`)
    current.values.set(value[1] ?? '', value[3] ?? '')
  }
  return keys
}

function qword(value: string | undefined): bigint | null {
  if (value === undefined || !/^0x[0-9a-f]{1,16}$/i.test(value)) return null
  return BigInt(value)
}

function deviceOf(path: string): Device | null {
  const lower = path.toLowerCase()
  if (lower.includes('\\consentstore\\webcam\\')) return 'camera'
  if (lower.includes('\\consentstore\\microphone\\')) return 'microphone'
  return null
}

/** The NonPackaged key name for an executable: its path with every \ written as #. */
export function nonPackagedKeyName(exePath: string): string {
  return exePath.replaceAll('\\', '#')
}

/**
 * Apps using the camera or microphone now, leaving out our own executable (Chromium in our
 * posture watch is reported under it). An entry that was used and released has a stop time; one
 * never used has neither.
 */
export function deviceUsersFromConsentStore(keys: readonly RegKey[], ownExePath: string | null): DeviceUser[] {
  const ownName = ownExePath === null ? null : nonPackagedKeyName(ownExePath).toLowerCase()
  const users: DeviceUser[] = []
  for (const key of keys) {
    const device = deviceOf(key.path)
    const start = qword(key.values.get('LastUsedTimeStart'))
    const stop = qword(key.values.get('LastUsedTimeStop'))
    if (device === null || start === null || stop === null || start === 0n || stop !== 0n) continue
    const name = key.path.slice(key.path.lastIndexOf('\\') + 1)
    if (ownName !== null && name.toLowerCase() === ownName) continue
    const app = key.path.toLowerCase().includes('\\nonpackaged\\') ? name.replaceAll('#', '\\') : name
    users.push(deviceUser(device, app, null))
  }
  return users
}
