import { rmSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { type LongHold, type Schedule, setupBusyDetection } from '../../../src/app/busy/busy-detection'
import type { BusyProbe } from '../../../src/app/busy/probe'
import { watchBusy } from '../../../src/app/busy/watch-busy'
import type { SettingsPatch } from '../../../src/shared/settings'
import { createServicesFixture, type ServicesFixture } from '../../helpers/app-services-fixture'
import { noticesInEnglish } from '../../helpers/message-words'

const MINUTE_MS = 60_000

/** setTimeout: the looks on real (here: fake) time, as in the desktop app. */
const realTimeSchedule: Schedule = (delayMs, callback) => {
  const handle = setTimeout(callback, delayMs)
  return () => {
    clearTimeout(handle)
  }
}

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  vi.useRealTimers()
})

async function servicesWith(settings?: SettingsPatch): Promise<ServicesFixture> {
  const fixture = await createServicesFixture()
  cleanups.push(async () => {
    await fixture.services.dispose()
    rmSync(fixture.dataDir, { recursive: true, force: true })
  })
  if (settings) {
    const result = fixture.services.settings.update(settings)
    if (!result.ok) throw new Error(result.message)
  }
  return fixture
}

/** A probe the test switches by hand, counting how often it was asked; it answers `answerAfterMs` after being asked. */
function switchProbe(): BusyProbe & { busy: boolean; asked: number; answerAfterMs: number } {
  const probe = {
    name: 'test',
    source: 'test',
    reason: 'call' as const,
    signals: ['camera' as const],
    status: () => ({ state: 'watching' as const }),
    busy: false,
    asked: 0,
    answerAfterMs: 0,
    isBusy() {
      probe.asked += 1
      if (probe.answerAfterMs === 0) return Promise.resolve(probe.busy)
      // What it sees is what is true when it answers, as a look reading /proc does.
      return new Promise<boolean>((resolve) => setTimeout(() => resolve(probe.busy), probe.answerAfterMs))
    }
  }
  return probe
}

async function start(settings?: SettingsPatch, longHoldMs?: number) {
  vi.useFakeTimers()
  const services = await servicesWith(settings)
  const probe = switchProbe()
  const { engine } = services.services
  const reasons: (string | null)[] = []
  const holds: (LongHold | null)[] = []
  /** Listeners of the engine's idle samples, so a test can bring one at a moment of its choosing. */
  const sampleListeners = new Set<() => void>()
  cleanups.push(
    setupBusyDetection({
      probes: [probe],
      engine,
      onEngineEvent: services.services.onEngineEvent,
      onEngineSample: (listener) => {
        sampleListeners.add(listener)
        const stop = services.services.onIdleSample(listener)
        return () => {
          sampleListeners.delete(listener)
          stop()
        }
      },
      settings: () => services.services.settings.get(),
      onSettingsChange: (listener) => services.services.settings.onChange(listener),
      onReasonChange: (reason) => {
        reasons.push(reason)
        services.services.busy.setReason(reason)
      },
      onLongHold: (hold) => holds.push(hold),
      schedule: realTimeSchedule,
      nowMs: Date.now,
      longHoldMs
    })
  )
  /** Engine time and real time together, a second at a time, letting probe answers land. */
  const run = async (minutes: number): Promise<void> => {
    for (let second = 0; second < minutes * 60; second++) {
      services.clock.advanceBy(1000)
      await vi.advanceTimersByTimeAsync(1000)
    }
  }
  const sample = (): void => {
    for (const listener of sampleListeners) listener()
  }
  await vi.advanceTimersByTimeAsync(0)
  return { ...services, engine, probe, run, reasons, holds, sample }
}

describe('setupBusyDetection', () => {
  it('tells the engine, so a due break waits until the user is free, and names the reason for the tray', async () => {
    const t = await start()
    expect(t.engine.getState().busy).toBe(false)
    t.probe.busy = true
    await t.run(2)
    expect(t.engine.getState().busy).toBe(true)
    expect(t.reasons).toEqual(['call'])
    await t.run(50)
    expect(t.engine.getState().phase).toBe('waiting')
    expect(t.services.trayMenu().status).toBe("Waiting: you're in a call")
  })

  it('shows a due break only after one quiet minute once the call ends', async () => {
    const t = await start()
    t.probe.busy = true
    await t.run(55)
    expect(t.engine.getState().phase).toBe('waiting')
    t.probe.busy = false
    await t.run(1) // the first quiet look: still waiting
    expect(t.engine.getState().phase).toBe('waiting')
    t.probe.busy = true // back in the call: the quiet minute starts over
    await t.run(1)
    t.probe.busy = false
    await t.run(1)
    expect(t.engine.getState().phase).toBe('waiting')
    await t.run(1)
    expect(t.engine.getState().phase).toBe('break')
    expect(t.reasons).toEqual(['call', null])
  })

  /** A break waiting on a call, and a slow look (5 s, as on a loaded machine at the harness's speed) just begun. */
  async function slowLookDuringCall() {
    const t = await start()
    t.probe.busy = true
    await t.run(55)
    expect(t.engine.getState().phase).toBe('waiting')
    t.probe.answerAfterMs = 5000
    const asked = t.probe.asked
    while (t.probe.asked === asked) await t.run(1 / 60)
    return t
  }

  it('counts the quiet minute from when a look saw the call over, not from when that look began', async () => {
    // The call ends during the slow look.
    const t = await slowLookDuringCall()
    await t.run(2 / 60)
    t.probe.busy = false
    const callEndedMs = Date.now()
    await t.run(4 / 60)
    t.probe.answerAfterMs = 0
    while (t.engine.getState().phase === 'waiting') await t.run(1 / 60)
    expect(t.engine.getState().phase).toBe('break')
    expect(Date.now() - callEndedMs).toBeGreaterThanOrEqual(MINUTE_MS)
    expect(Date.now() - callEndedMs).toBeLessThan(2 * MINUTE_MS)
  })

  it('an engine sample inside the quiet minute does not look early and push the break a minute later', async () => {
    // The first quiet look begins in the call and answers after the call ended.
    const t = await slowLookDuringCall()
    const lookBeganMs = Date.now()
    t.probe.busy = false
    await t.run(6 / 60)
    t.probe.answerAfterMs = 0
    const quietSeenMs = Date.now()
    // An idle sample a minute after that look began, but before a minute of quiet was seen.
    await t.run((lookBeganMs + MINUTE_MS + 1000 - Date.now()) / MINUTE_MS)
    const lookedBefore = t.probe.asked
    t.sample()
    await t.run(1 / 60)
    expect(t.probe.asked).toBe(lookedBefore)
    while (t.engine.getState().phase === 'waiting') await t.run(1 / 60)
    expect(t.engine.getState().phase).toBe('break')
    // The break comes a quiet minute after the call, not two.
    expect(Date.now() - quietSeenMs).toBeLessThan(MINUTE_MS + 5000)
  })

  it('keeps cues silent through the quiet minute', async () => {
    const t = await start({ break: { enabled: false } })
    const silent: boolean[] = []
    t.services.onEngineEvent((event) => {
      if (event.kind === 'posture') silent.push(event.silent)
    })
    t.probe.busy = true
    await t.run(18)
    t.probe.busy = false
    // Looks ride the engine's samples (every 2 min here): the first quiet look comes at
    // minute 18 or 19, so minute 20's cue falls inside the quiet minute.
    await t.run(3)
    await t.run(20)
    expect(silent).toEqual([true, false])
  })

  it('rides on the engine idle samples while counting, at most once a minute, and looks soon after a break warning', async () => {
    const t = await start()
    await t.run(10)
    // One look at start, then one per engine sample: every 2 minutes at the default 120 s threshold.
    expect(t.probe.asked).toBe(6)
    expect(vi.getTimerCount()).toBe(0) // no timer of its own (the engine's runs on the fake clock)
    const before = t.probe.asked
    // Engine time only: the warning fires now, a moment after the last look in real time,
    // so the look comes a minute after that one rather than at once.
    t.clock.advanceTo(49.5 * MINUTE_MS)
    await vi.advanceTimersByTimeAsync(0)
    expect(t.probe.asked).toBe(before)
    expect(vi.getTimerCount()).toBe(1)
    await vi.advanceTimersByTimeAsync(MINUTE_MS)
    expect(t.probe.asked).toBe(before + 1)
    t.engine.noticeInput() // an engine sample right after: too soon for another look
    await vi.advanceTimersByTimeAsync(0)
    expect(t.probe.asked).toBe(before + 1)
  })

  it('looks every minute on its own only while a break waits', async () => {
    const t = await start()
    t.probe.busy = true
    await t.run(51)
    expect(t.engine.getState().phase).toBe('waiting')
    const before = t.probe.asked
    await t.run(10)
    expect(t.probe.asked - before).toBe(10)
  })

  it('does not look while paused', async () => {
    const t = await start()
    t.engine.pause('indefinite')
    const before = t.probe.asked
    await t.run(60)
    expect(t.probe.asked).toBe(before)
    expect(vi.getTimerCount()).toBe(0)
    t.engine.resume()
    await vi.advanceTimersByTimeAsync(0)
    expect(t.probe.asked).toBe(before + 1)
  })

  it('does not look at all when both interruption settings are off, and forgets busy when they go off', async () => {
    const t = await start()
    t.probe.busy = true
    await t.run(2)
    expect(t.engine.getState().busy).toBe(true)
    t.services.settings.update({ interruptions: { delayBreaksWhenBusy: false, silenceCuesWhenBusy: false } })
    expect(t.engine.getState().busy).toBe(false)
    const before = t.probe.asked
    await t.run(30)
    expect(t.probe.asked).toBe(before)
  })

  it('says once which signal has held a due break too long, counting from when the break began to wait', async () => {
    const t = await start(undefined, 10 * MINUTE_MS)
    t.probe.busy = true
    await t.run(49)
    expect(t.engine.getState().phase).toBe('active')
    await t.run(10) // due at minute 50: nine minutes of waiting, though busy for 59
    expect(t.engine.getState().phase).toBe('waiting')
    expect(t.holds).toEqual([])
    await t.run(2)
    expect(t.holds).toMatchObject([{ signal: 'camera', reason: 'call' }])
    // Waiting since the break fell due (minute 50), not since the call began (minute 0).
    const waitedMs = Date.now() - (t.holds[0]?.sinceMs ?? 0)
    expect(waitedMs).toBeGreaterThanOrEqual(10 * MINUTE_MS)
    expect(waitedMs).toBeLessThanOrEqual(11 * MINUTE_MS + 1000)
    await t.run(30)
    expect(t.holds).toHaveLength(1) // once per wait, not every minute
    expect(t.engine.getState().phase).toBe('waiting') // never forced into the call
    t.probe.busy = false
    await t.run(3)
    expect(t.engine.getState().phase).toBe('break')
    expect(t.holds).toEqual([expect.objectContaining({ signal: 'camera' }), null])
  })

  it('ends the hold when the wait ends another way (a pause, the settings going off), and tells again on the next long wait', async () => {
    const t = await start(undefined, 10 * MINUTE_MS)
    t.probe.busy = true
    await t.run(61)
    expect(t.holds).toHaveLength(1)
    t.engine.pause('indefinite')
    expect(t.holds).toEqual([expect.objectContaining({ signal: 'camera' }), null])
    t.engine.resume()
    await t.run(50)
    expect(t.engine.getState().phase).toBe('waiting')
    expect(t.holds).toHaveLength(2)
    await t.run(11)
    expect(t.holds).toHaveLength(3)
    t.services.settings.update({ interruptions: { delayBreaksWhenBusy: false, silenceCuesWhenBusy: false } })
    expect(t.holds.at(-1)).toBeNull()
  })
})

describe('watchBusy (both shells)', () => {
  async function startWatching() {
    const fixture = await servicesWith()
    const { clock, services } = fixture
    const probe = switchProbe()
    cleanups.push(
      watchBusy(services, {
        probes: [probe],
        unwatchable: () => 'not here',
        sessionIdle: null,
        // On the app's clock, as the harness runs it: two hours pass without real timers.
        schedule: (delayMs, callback) => clock.setTimer(clock.monotonicNowMs() + delayMs, callback),
        nowMs: () => clock.monotonicNowMs()
      })
    )
    const run = async (minutes: number): Promise<void> => {
      for (let step = 0; step < minutes * 6; step++) {
        clock.advanceBy(10_000)
        await new Promise((resolve) => setImmediate(resolve))
      }
    }
    const trayLines = (): string[] => services.trayMenu().items.flatMap((item) => (item.type === 'status' ? [item.label] : []))
    const heldLine = 'Break held over 2 hours: another app is using the camera'
    return { ...fixture, probe, run, trayLines, heldLine }
  }

  it('after two hours of waiting on the camera, adds a tray line and one notice naming it and the setting, and records nothing', async () => {
    const t = await startWatching()
    t.probe.busy = true
    await t.run(52)
    expect(t.services.engine.getState().phase).toBe('waiting')
    expect(t.trayLines()).toEqual(["Waiting: you're in a call", expect.stringMatching(/^Active today/)])
    await t.run(116)
    expect(t.trayLines()).not.toContain(t.heldLine)
    expect(t.services.notices.current()).toEqual([])
    await t.run(4)
    expect(t.trayLines()).toContain(t.heldLine)
    expect(t.trayLines()[0]).toBe("Waiting: you're in a call")
    const notice =
      'A break has waited over 2 hours because another app is using the camera. If you are not in a call, close the app that holds it. ' +
      'To let breaks come while the camera is in use, turn off “Hold breaks during meetings and fullscreen apps” in Preferences.'
    expect(noticesInEnglish(t.services.notices.current())).toBe(notice)
    await t.run(180)
    expect(noticesInEnglish(t.services.notices.current())).toBe(notice) // told once
    expect(t.services.engine.getState().phase).toBe('waiting')
    await t.settle()
    // Cues are counted as before; no break was shown, taken or skipped.
    expect((await t.services.history.readAll()).events.map((event) => event.kind).filter((kind) => kind !== 'posture')).toEqual([])

    t.probe.busy = false
    await t.run(3)
    expect(t.services.engine.getState().phase).toBe('break')
    expect(t.trayLines()).not.toContain(t.heldLine)
    expect(t.services.busy.longHold()).toBeNull()
  })

  it('lists the probes in Preferences, and names the rest as not watched here', async () => {
    const t = await startWatching()
    expect(t.services.busy.capabilities().map(({ signal, state, detail }) => `${signal} ${state} ${detail}`)).toEqual([
      'camera watching test',
      'microphone none not here',
      'fullscreen none not here',
      'doNotDisturb none not here'
    ])
  })
})
