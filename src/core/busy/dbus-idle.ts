import { UnreadableProbeOutput } from './device-use'

/*
 * Session idle time over D-Bus, for Wayland sessions where Electron's
 * powerMonitor.getSystemIdleTime() stays 0 (electron #27912, #34826):
 *   GNOME:  org.gnome.Mutter.IdleMonitor /org/gnome/Mutter/IdleMonitor/Core GetIdletime → uint64 ms
 *   others: org.freedesktop.ScreenSaver /org/freedesktop/ScreenSaver GetSessionIdleTime → uint32 s
 * asked with `gdbus call` (prints "(uint64 1234,)") or `busctl --user call` (prints "t 1234").
 */

export interface IdleSource {
  name: string
  dest: string
  objectPath: string
  interface: string
  method: string
  /** what one unit of the answer is worth in seconds */
  secondsPerUnit: number
}

export const mutterIdleMonitor: IdleSource = {
  name: 'GNOME Mutter IdleMonitor',
  dest: 'org.gnome.Mutter.IdleMonitor',
  objectPath: '/org/gnome/Mutter/IdleMonitor/Core',
  interface: 'org.gnome.Mutter.IdleMonitor',
  method: 'GetIdletime',
  secondsPerUnit: 1 / 1000
}

export const freedesktopScreenSaver: IdleSource = {
  name: 'org.freedesktop.ScreenSaver',
  dest: 'org.freedesktop.ScreenSaver',
  objectPath: '/org/freedesktop/ScreenSaver',
  interface: 'org.freedesktop.ScreenSaver',
  method: 'GetSessionIdleTime',
  secondsPerUnit: 1
}

export function gdbusArgs(source: IdleSource): string[] {
  return ['call', '--session', '--dest', source.dest, '--object-path', source.objectPath, '--method', `${source.interface}.${source.method}`]
}

export function busctlArgs(source: IdleSource): string[] {
  return ['--user', 'call', source.dest, source.objectPath, source.interface, source.method]
}

/** An idle time longer than this (a week) is not believed. */
const MAX_IDLE_SECONDS = 7 * 24 * 3600

function toSeconds(units: string, source: IdleSource, tool: string): number {
  const seconds = Number(units) * source.secondsPerUnit
  if (!Number.isFinite(seconds) || seconds < 0 || seconds > MAX_IDLE_SECONDS) {
    throw new UnreadableProbeOutput(`${tool} ${source.method}`, `idle time ${units} is out of range`)
  }
  return seconds
}

/** gdbus: "(uint64 1234,)" or "(uint32 12,)" */
export function parseGdbusIdle(stdout: string, source: IdleSource): number {
  const match = /^\((?:uint64|uint32) (\d{1,20}),\)$/.exec(stdout.trim())
  if (!match?.[1]) throw new UnreadableProbeOutput(`gdbus ${source.method}`, 'expected "(uint64 N,)"')
  return toSeconds(match[1], source, 'gdbus')
}

/** busctl: "t 1234" or "u 12" */
export function parseBusctlIdle(stdout: string, source: IdleSource): number {
  const match = /^[tu] (\d{1,20})$/.exec(stdout.trim())
  if (!match?.[1]) throw new UnreadableProbeOutput(`busctl ${source.method}`, 'expected "t N"')
  return toSeconds(match[1], source, 'busctl')
}
