import type { TFunction } from 'i18next'
import {
  busctlArgs,
  freedesktopScreenSaver,
  gdbusArgs,
  type IdleSource,
  mutterIdleMonitor,
  parseBusctlIdle,
  parseGdbusIdle
} from '../../core/busy/dbus-idle'
import type { Activity } from '../../core/engine'
import { errorCode, type ProbeState, type RunCommand, runCommand } from './probe'

/** A D-Bus answer younger than this is used as is (the engine looks again right after a fresh one). */
const FRESH_MS = 2000
/** At most one D-Bus question per minute, like every probe. */
const MIN_QUERY_INTERVAL_MS = 60_000
/** A fresh answer this far from what the engine was given makes it look again at once. */
const RELOOK_DIFFERENCE_SECONDS = 5

interface Way {
  tool: 'gdbus' | 'busctl'
  source: IdleSource
}

const ways: readonly Way[] = [
  { tool: 'gdbus', source: mutterIdleMonitor },
  { tool: 'gdbus', source: freedesktopScreenSaver },
  { tool: 'busctl', source: mutterIdleMonitor },
  { tool: 'busctl', source: freedesktopScreenSaver }
]

export interface SessionIdleOptions {
  /** Electron's powerMonitor.getSystemIdleTime(): 0 for ever under XWayland on some desktops */
  systemIdleSeconds: () => number
  nowMs: () => number
  run?: RunCommand
  /** A fresh answer changes what the engine was told: ask it to look again (engine.noticeInput). */
  relook: () => void
  notice?: (message: string) => void
}

export interface SessionIdleActivity extends Activity {
  status(): ProbeState
  /** where the idle time comes from, for Preferences */
  /** Where the idle time comes from, in `t`'s language (Preferences). */
  describe(t: TFunction): string
}

/** A Wayland session: the compositor, not X, knows about input. */
export function isWaylandSession(env: NodeJS.ProcessEnv): boolean {
  return env['XDG_SESSION_TYPE'] === 'wayland' || Boolean(env['WAYLAND_DISPLAY'])
}

/**
 * Idle time for the engine on a Wayland session. While Electron reports more than 0 it is used;
 * at 0 (which under XWayland it may say for ever, so no absence would ever start) the session's
 * idle time is asked over D-Bus: GNOME's Mutter IdleMonitor, else org.freedesktop.ScreenSaver,
 * with gdbus or busctl. The engine's Activity port is synchronous, so the answer arrives after
 * the sample that asked: that sample gets the last answer, and when the new one differs the
 * engine is asked to look again. A way that fails is dropped; when none is left, the session
 * idle time is turned off with one notice and Electron's value is used.
 */
export function createSessionIdleActivity(options: SessionIdleOptions): SessionIdleActivity {
  const run = options.run ?? runCommand
  let wayIndex = 0
  let off: string | null = null
  let answer: { seconds: number; atMs: number } | null = null
  let lastQueryMs = Number.NEGATIVE_INFINITY
  let inFlight = false
  let given = 0

  const ask = async (): Promise<number> => {
    for (;;) {
      const way = ways[wayIndex]
      if (!way) throw new Error('no D-Bus idle source answered')
      try {
        const stdout = await run(way.tool, way.tool === 'gdbus' ? gdbusArgs(way.source) : busctlArgs(way.source))
        return way.tool === 'gdbus' ? parseGdbusIdle(stdout, way.source) : parseBusctlIdle(stdout, way.source)
      } catch (error) {
        // A missing tool rules out both of its ways; anything else only this one.
        const missing = errorCode(error) === 'ENOENT'
        wayIndex = missing ? ways.findIndex((next, index) => index > wayIndex && next.tool !== way.tool) : wayIndex + 1
        if (wayIndex < 0) wayIndex = ways.length
      }
    }
  }

  const refresh = async (): Promise<void> => {
    inFlight = true
    lastQueryMs = options.nowMs()
    try {
      const seconds = await ask()
      answer = { seconds, atMs: options.nowMs() }
      if (Math.abs(seconds - given) > RELOOK_DIFFERENCE_SECONDS) options.relook()
    } catch {
      off = 'neither GNOME Mutter nor org.freedesktop.ScreenSaver answered over D-Bus'
      options.notice?.(`Upright: Wayland idle time turned off: ${off}`)
    } finally {
      inFlight = false
    }
  }

  return {
    idleSeconds() {
      const system = options.systemIdleSeconds()
      if (system > 0 || off !== null) return system
      const nowMs = options.nowMs()
      if (answer !== null && nowMs - answer.atMs < FRESH_MS) {
        given = answer.seconds + (nowMs - answer.atMs) / 1000
        return given
      }
      if (!inFlight && nowMs - lastQueryMs >= MIN_QUERY_INTERVAL_MS) void refresh()
      // Until the new answer comes, the last one. An idle user is taken to be idle still (so an
      // absence keeps its true start: the last input); an active one to be active. Either way
      // the fresh answer, within the minute, corrects it.
      if (answer === null) given = 0
      else if (answer.seconds > RELOOK_DIFFERENCE_SECONDS) given = answer.seconds + (nowMs - answer.atMs) / 1000
      else given = answer.seconds
      return given
    },
    status: () => (off === null ? { state: 'watching' } : { state: 'off', why: off, cause: 'noIdleAnswer' }),
    describe: (t) => {
      const way = ways[wayIndex]
      return way ? t('busy.idleOverDbus', { source: way.source.name, tool: way.tool }) : t('busy.idleElectron')
    }
  }
}
