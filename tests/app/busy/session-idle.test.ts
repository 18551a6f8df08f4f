import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { RunCommand } from '../../../src/app/busy/probe'
import { createSessionIdleActivity, isWaylandSession } from '../../../src/app/busy/session-idle'
import { scriptedRun } from './scripted-run'
import { englishI18n } from '../../helpers/english-content'

const read = (name: string): string => readFileSync(`tests/fixtures/busy/${name}`, 'utf8')
const MUTTER_GDBUS =
  'gdbus call --session --dest org.gnome.Mutter.IdleMonitor --object-path /org/gnome/Mutter/IdleMonitor/Core --method org.gnome.Mutter.IdleMonitor.GetIdletime'
const SCREENSAVER_GDBUS =
  'gdbus call --session --dest org.freedesktop.ScreenSaver --object-path /org/freedesktop/ScreenSaver --method org.freedesktop.ScreenSaver.GetSessionIdleTime'
const MUTTER_BUSCTL = 'busctl --user call org.gnome.Mutter.IdleMonitor /org/gnome/Mutter/IdleMonitor/Core org.gnome.Mutter.IdleMonitor GetIdletime'

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

function setup(answers: Record<string, string | Error>, systemIdleSeconds = 0) {
  let nowMs = 0
  let relooks = 0
  const notices: string[] = []
  const run = scriptedRun(answers)
  const activity = createSessionIdleActivity({
    systemIdleSeconds: () => systemIdleSeconds,
    nowMs: () => nowMs,
    run,
    relook: () => {
      relooks += 1
    },
    notice: (message) => notices.push(message)
  })
  return {
    activity,
    asked: run.asked,
    notices,
    relooks: () => relooks,
    advance: (ms: number) => {
      nowMs += ms
    }
  }
}

describe('Wayland idle time', () => {
  it('knows a Wayland session', () => {
    expect(isWaylandSession({ XDG_SESSION_TYPE: 'wayland' })).toBe(true)
    expect(isWaylandSession({ WAYLAND_DISPLAY: 'wayland-0' })).toBe(true)
    expect(isWaylandSession({ XDG_SESSION_TYPE: 'x11' })).toBe(false)
  })

  it("uses Electron's idle time while it is above 0, and asks nothing", () => {
    const t = setup({}, 42)
    expect(t.activity.idleSeconds()).toBe(42)
    expect(t.asked).toEqual([])
  })

  it('at 0, asks GNOME Mutter; the answer comes after the sample, and the engine is asked to look again', async () => {
    const t = setup({ [MUTTER_GDBUS]: read('gdbus-mutter-idle.txt') })
    expect(t.activity.idleSeconds()).toBe(0)
    await settle()
    expect(t.relooks()).toBe(1)
    t.advance(500)
    expect(t.activity.idleSeconds()).toBeCloseTo(94.012)
    expect(t.asked).toEqual([MUTTER_GDBUS])
    expect(t.activity.describe(englishI18n.t)).toBe('GNOME Mutter IdleMonitor over D-Bus (gdbus) when Electron reports none')
  })

  it('asks at most once a minute; in between, an idle user is taken to be idle still, an active one active', async () => {
    const active = setup({ [MUTTER_GDBUS]: '(uint64 2000,)' })
    active.activity.idleSeconds()
    await settle()
    active.advance(30_000)
    expect(active.activity.idleSeconds()).toBe(2)
    const t = setup({ [MUTTER_GDBUS]: read('gdbus-mutter-idle.txt') })
    t.activity.idleSeconds()
    await settle()
    t.advance(30_000)
    expect(t.activity.idleSeconds()).toBeCloseTo(123.512)
    await settle()
    expect(t.asked).toHaveLength(1)
    t.advance(30_000)
    t.activity.idleSeconds()
    await settle()
    expect(t.asked).toHaveLength(2)
  })

  it('an answer close to what the engine was given needs no second look', async () => {
    const t = setup({ [MUTTER_GDBUS]: '(uint64 2000,)' })
    t.activity.idleSeconds()
    await settle()
    expect(t.relooks()).toBe(0)
  })

  it('falls back to org.freedesktop.ScreenSaver, then to busctl when gdbus is missing', async () => {
    const unknown = new Error('Error: GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name org.gnome.Mutter.IdleMonitor was not provided')
    const kde = setup({ [MUTTER_GDBUS]: unknown, [SCREENSAVER_GDBUS]: read('gdbus-screensaver-idle.txt') })
    kde.activity.idleSeconds()
    await settle()
    kde.advance(100)
    expect(kde.activity.idleSeconds()).toBeCloseTo(93.1)
    const noGdbus = setup({ [MUTTER_BUSCTL]: read('busctl-mutter-idle.txt') })
    noGdbus.activity.idleSeconds()
    await settle()
    expect(noGdbus.asked).toEqual([MUTTER_GDBUS, MUTTER_BUSCTL])
    expect(noGdbus.activity.describe(englishI18n.t)).toContain('(busctl)')
  })

  it("when nothing answers, turns itself off with one notice and Electron's value is used", async () => {
    const t = setup({ [MUTTER_GDBUS]: read('gdbus-malformed.txt') })
    expect(t.activity.idleSeconds()).toBe(0)
    await settle()
    expect(t.activity.status()).toEqual({ state: 'off', why: 'neither GNOME Mutter nor org.freedesktop.ScreenSaver answered over D-Bus', cause: 'noIdleAnswer' })
    t.advance(120_000)
    expect(t.activity.idleSeconds()).toBe(0)
    await settle()
    expect(t.notices).toHaveLength(1)
    expect(t.asked).toHaveLength(3) // gdbus ×2, then busctl (missing)
  })
})

describe('Wayland idle time feeding the real engine', () => {
  /** A user who types until `fromMinute` and comes back at `toMinute`, as Mutter would report it. */
  async function awayDay(dbus: boolean) {
    const { ScriptedClock } = await import('../../../src/core/simulator/scripted-clock')
    const { createReminderEngine } = await import('../../../src/core/engine')
    const { defaultSettings } = await import('../../../src/shared/settings')
    const clock = new ScriptedClock(Date.parse('2026-03-02T09:00:00Z'))
    const awayFromMs = 10 * 60_000
    const awayToMs = 30 * 60_000
    const mutterIdleMs = (): number => {
      const nowMs = clock.monotonicNowMs()
      return nowMs >= awayFromMs && nowMs < awayToMs ? nowMs - awayFromMs : 0
    }
    const run: RunCommand = () => (dbus ? Promise.resolve(`(uint64 ${Math.round(mutterIdleMs())},)`) : Promise.reject(new Error('ServiceUnknown')))
    const naturals: number[] = []
    let relook = (): void => undefined
    const activity = createSessionIdleActivity({
      systemIdleSeconds: () => 0, // XWayland: Electron never sees an idle second
      nowMs: () => clock.monotonicNowMs(),
      run,
      relook: () => relook()
    })
    const engine = createReminderEngine({
      clock,
      activity,
      settings: { ...defaultSettings, posture: { ...defaultSettings.posture, enabled: false } },
      timeZone: 'UTC',
      sink: (event) => {
        if (event.kind === 'natural') naturals.push(event.awayMinutes)
      }
    })
    relook = () => engine.noticeInput()
    for (let second = 0; second < 40 * 60; second++) {
      clock.advanceBy(1000)
      await settle()
    }
    engine.dispose()
    return naturals
  }

  it('sees a 20-minute absence as a natural break, to within the minute the answers can lag', async () => {
    const naturals = await awayDay(true)
    expect(naturals).toHaveLength(1)
    expect(naturals[0]).toBeGreaterThan(19)
    expect(naturals[0]).toBeLessThan(21.1)
  })

  it('without D-Bus, Electron alone never sees the absence (the bug this works around)', async () => {
    expect(await awayDay(false)).toEqual([])
  })
})
