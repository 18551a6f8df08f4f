import { describe, expect, it, vi } from 'vitest'
import {
  busyProbesFor,
  commandProbe,
  gnomeDoNotDisturbProbe,
  kdeDoNotDisturbProbe,
  ownFullscreenProbe,
  type RunCommand,
  runCommand
} from '../../../src/main/electron/busy-probes'
import { BrowserWindow } from '../fakes/electron'
import { useAdapterFixture } from '../helpers/adapter-fixture'

useAdapterFixture()

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
