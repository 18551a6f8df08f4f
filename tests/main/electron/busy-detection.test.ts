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
  adapters.track(
    setupBusyDetection({
      probes: [probe],
      engine,
      onEngineEvent: services.services.onEngineEvent,
      settings: () => services.services.settings.get(),
      onSettingsChange: (listener) => services.services.settings.onChange(listener)
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
  return { ...services, engine, probe, run }
}

describe('setupBusyDetection', () => {
  it('tells the engine, so a due break waits until the user is free', async () => {
    const t = await start()
    expect(t.engine.getState().busy).toBe(false)
    t.probe.busy = true
    await t.run(1)
    expect(t.engine.getState().busy).toBe(true)
    await t.run(51)
    expect(t.engine.getState().phase).toBe('waiting')
    t.probe.busy = false
    await t.run(1)
    expect(t.engine.getState().phase).toBe('break')
  })

  it('looks once a minute while counting, and at once when a break is announced', async () => {
    const t = await start()
    await t.run(10)
    expect(t.probe.asked).toBeGreaterThanOrEqual(10)
    expect(t.probe.asked).toBeLessThanOrEqual(11)
    const before = t.probe.asked
    t.clock.advanceTo(49.5 * MINUTE_MS) // engine time only: the warning fires now
    await vi.advanceTimersByTimeAsync(0)
    expect(t.probe.asked).toBe(before + 1)
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
    await t.run(1)
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

  it('runs real programs without a shell; a missing one counts as "cannot tell"', async () => {
    expect(await runCommand(process.execPath, ['-e', 'process.stdout.write("false")'])).toBe('false')
    await expect(runCommand('upright-no-such-tool', [])).rejects.toMatchObject({ code: 'ENOENT' })
    expect(await commandProbe('missing', 'upright-no-such-tool', [], () => true).isBusy()).toBeNull()
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
    expect(names('linux', 'ubuntu:GNOME')).toEqual(['Upright window fullscreen', 'GNOME Do Not Disturb'])
    expect(names('linux', 'KDE')).toEqual(['Upright window fullscreen', 'KDE Do Not Disturb'])
    expect(names('linux', 'XFCE')).toEqual(['Upright window fullscreen'])
    expect(names('win32')).toEqual(['Upright window fullscreen'])
    expect(names('darwin')).toEqual(['Upright window fullscreen'])
  })
})
