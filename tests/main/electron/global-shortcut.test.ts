import { describe, expect, it, vi } from 'vitest'
import { setupGlobalShortcut } from '../../../src/main/electron/global-shortcut'
import { globalShortcut } from '../fakes/electron'
import { useAdapterFixture } from '../helpers/adapter-fixture'

const adapters = useAdapterFixture()

async function start() {
  const { settings, engine } = (await adapters.services()).services
  const log = vi.fn<(message: string) => void>()
  adapters.track(
    setupGlobalShortcut({
      settings: () => settings.get(),
      onSettingsChange: (listener) => settings.onChange(listener),
      onPressed: () => {
        engine.startBreakNow()
      },
      log
    })
  )
  return { settings, engine, log }
}

const registered = (): string[] => [...globalShortcut.registered.keys()]

describe('the start-a-break shortcut', () => {
  it('is registered from the setting and starts a break', async () => {
    const { engine } = await start()
    expect(registered()).toEqual(['CommandOrControl+Alt+B'])
    globalShortcut.press('CommandOrControl+Alt+B')
    expect(engine.getState().phase).toBe('break')
  })

  it('follows the setting live; empty means none', async () => {
    const { settings } = await start()
    settings.update({ app: { globalShortcut: 'Ctrl+Shift+F9' } })
    expect(registered()).toEqual(['Ctrl+Shift+F9'])
    settings.update({ app: { globalShortcut: '' } })
    expect(registered()).toEqual([])
  })

  it('logs a shortcut another app holds, or one that does not parse, and carries on', async () => {
    globalShortcut.takenElsewhere.add('Alt+B')
    const { settings, log } = await start()
    settings.update({ app: { globalShortcut: 'Alt+B' } })
    expect(registered()).toEqual([])
    expect(log).toHaveBeenLastCalledWith(expect.stringMatching(/Alt\+B is in use by another application/))
    expect(() => settings.update({ app: { globalShortcut: 'Ctrl+Nope' } })).not.toThrow()
    expect(log).toHaveBeenLastCalledWith(expect.stringMatching(/"Ctrl\+Nope" is not valid/))
    settings.update({ app: { globalShortcut: 'Alt+F2' } })
    expect(registered()).toEqual(['Alt+F2'])
  })

  it('is released when disposed', async () => {
    await start()
    adapters.disposeAdapters()
    expect(registered()).toEqual([])
  })
})
