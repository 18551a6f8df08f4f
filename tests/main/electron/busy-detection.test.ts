import { describe, expect, it, vi } from 'vitest'
import { setupBusyDetection } from '../../../src/main/electron/busy-detection'
import {
  type BusyProbe,
  busyProbesFor,
  commandProbe,
  gnomeDoNotDisturbProbe,
  kdeDoNotDisturbProbe,
  ownFullscreenProbe,
  type RunCommand,
  runCommand
} from '../../../src/main/electron/busy-probes'
import type { SettingsPatch } from '../../../src/shared/settings'
import { BrowserWindow } from '../fakes/electron'
import { useAdapterFixture } from '../helpers/adapter-fixture'
import { MINUTE_MS } from '../helpers/test-services'

const adapters = useAdapterFixture()

/** A probe the test switches by hand, counting how often it was asked. */
function switchProbe(): BusyProbe & { busy: boolean; asked: number } {
  const probe = {
    name: 'test',
    source: 'test',
    reason: 'call' as const,
    signals: ['camera' as const],
    status: () => ({ state: 'watching' as const }),
    busy: false,
    asked: 0,
    isBusy() {
      probe.asked += 1
      return Promise.resolve(probe.busy)
    }
  }
  return probe
}

async function start(settings?: SettingsPatch) {
  vi.useFakeTimers()
  const services = await adapters.services({ settings })
  const probe = switchProbe()
  const { engine } = services.services
  const reasons: (string | null)[] = []
  adapters.track(
    setupBusyDetection({
      probes: [probe],
      engine,
      onEngineEvent: services.services.onEngineEvent,
      onEngineSample: (listener) => services.services.onIdleSample(listener),
      settings: () => services.services.settings.get(),
      onSettingsChange: (listener) => services.services.settings.onChange(listener),
      onReasonChange: (reason) => {
        reasons.push(reason)
        services.services.busy.setReason(reason)
      }
    })
  )
  /** Engine time and real time together, a second at a time, letting probe answers land. */
  const run = async (minutes: number): Promise<void> => {
    for (let second = 0; second < minutes * 60; second++) {
      services.clock.advanceBy(1000)
      await vi.advanceTimersByTimeAsync(1000)
    }
  }
  await vi.advanceTimersByTimeAsync(0)
  return { ...services, engine, probe, run, reasons }
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
})

describe('busy probes', () => {
  const answering =
    (stdout: string): RunCommand =>
    () =>
      Promise.resolve(stdout)

  it('GNOME: banners off is Do Not Disturb', async () => {
    expect(await gnomeDoNotDisturbProbe(answering('false\n')).isBusy()).toBe(true)
    expect(await gnomeDoNotDisturbProbe(answering('true\n')).isBusy()).toBe(false)
    expect(await gnomeDoNotDisturbProbe(answering('No such key')).isBusy()).toBeNull()
  })

  it('KDE: the notification server reports Inhibited', async () => {
    expect(await kdeDoNotDisturbProbe(answering('(<true>,)\n')).isBusy()).toBe(true)
    expect(await kdeDoNotDisturbProbe(answering('(<false>,)\n')).isBusy()).toBe(false)
  })

  it('runs real programs without a shell; a missing one counts as "cannot tell" and turns the probe off', async () => {
    expect(await runCommand(process.execPath, ['-e', 'process.stdout.write("false")'])).toBe('false')
    await expect(runCommand('upright-no-such-tool', [])).rejects.toMatchObject({ code: 'ENOENT' })
    const notices: string[] = []
    const probe = commandProbe({
      name: 'missing',
      source: 'upright-no-such-tool',
      reason: 'doNotDisturb',
      signals: ['doNotDisturb'],
      notice: (message) => notices.push(message),
      file: 'upright-no-such-tool',
      args: [],
      parse: () => true
    })
    expect(await probe.isBusy()).toBeNull()
    expect(probe.status()).toEqual({ state: 'off', why: 'the tool it needs is not installed', cause: 'missingTool' })
    expect(notices).toEqual(['Upright: missing turned off: the tool it needs is not installed'])
  })

  it('a missing tool is asked once, not every minute', async () => {
    const run = vi.fn<RunCommand>(() => Promise.reject(Object.assign(new Error('spawn gsettings ENOENT'), { code: 'ENOENT' })))
    const probe = gnomeDoNotDisturbProbe(run)
    expect(await probe.isBusy()).toBeNull()
    expect(await probe.isBusy()).toBeNull()
    expect(run).toHaveBeenCalledOnce()
  })

  it('sees our own fullscreen, focused window, but not a break window', async () => {
    const isBreak = (window: Electron.BrowserWindow): boolean => window.webContents.getURL().includes('break.html')
    const probe = ownFullscreenProbe(isBreak)
    expect(await probe.isBusy()).toBe(false)
    const breakWindow = new BrowserWindow({ fullscreen: true })
    await breakWindow.loadURL('file:///app/break.html')
    breakWindow.focus()
    expect(await probe.isBusy()).toBe(false)
    const main = new BrowserWindow({ fullscreen: true })
    await main.loadURL('file:///app/index.html')
    main.focus()
    expect(await probe.isBusy()).toBe(true)
  })

  it('asks only what the desktop can answer', () => {
    const names = (platform: NodeJS.Platform, currentDesktop?: string): string[] =>
      busyProbesFor({ platform, currentDesktop, isReminderWindow: () => false }).map((probe) => probe.name)
    const own = "Upright's own fullscreen windows (other apps' cannot be seen)"
    expect(names('linux', 'ubuntu:GNOME')).toEqual([own, 'GNOME Do Not Disturb'])
    expect(names('linux', 'KDE')).toEqual([own, 'KDE Do Not Disturb'])
    expect(names('linux', 'XFCE')).toEqual([own])
    expect(names('win32')).toEqual([own])
    expect(names('darwin')).toEqual([own])
  })
})
