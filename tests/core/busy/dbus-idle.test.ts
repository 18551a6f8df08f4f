import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { freedesktopScreenSaver, mutterIdleMonitor, parseBusctlIdle, parseGdbusIdle } from '../../../src/core/busy/dbus-idle'
import { parseIsCameraOn } from '../../../src/core/busy/mac-camera'

const read = (name: string): string => readFileSync(`tests/fixtures/busy/${name}`, 'utf8')

describe('Wayland idle time over D-Bus', () => {
  it("reads GNOME Mutter's milliseconds from gdbus and busctl", () => {
    expect(parseGdbusIdle(read('gdbus-mutter-idle.txt'), mutterIdleMonitor)).toBeCloseTo(93.512)
    expect(parseBusctlIdle(read('busctl-mutter-idle.txt'), mutterIdleMonitor)).toBeCloseTo(93.512)
  })

  it("reads org.freedesktop.ScreenSaver's seconds", () => {
    expect(parseGdbusIdle(read('gdbus-screensaver-idle.txt'), freedesktopScreenSaver)).toBe(93)
    expect(parseBusctlIdle('u 93\n', freedesktopScreenSaver)).toBe(93)
  })

  it('refuses malformed or absurd answers', () => {
    expect(() => parseGdbusIdle(read('gdbus-malformed.txt'), mutterIdleMonitor)).toThrow(/expected/)
    expect(() => parseBusctlIdle('s "hello"', mutterIdleMonitor)).toThrow(/expected/)
    expect(() => parseGdbusIdle('(uint32 999999999,)', freedesktopScreenSaver)).toThrow(/out of range/)
  })
})

describe('macOS camera: the is-camera-on helper', () => {
  it('prints true or false; anything else is an error', () => {
    expect(parseIsCameraOn('true\n')).toBe(true)
    expect(parseIsCameraOn('false')).toBe(false)
    expect(() => parseIsCameraOn('Error: macOS 10.15 or later required')).toThrow(/expected "true" or "false"/)
  })
})
