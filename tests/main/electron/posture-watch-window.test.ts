import { describe, expect, it, vi } from 'vitest'
import { PostureWatchWindow, setupPostureWatch } from '../../../src/main/electron/posture-watch-window'
import { locateRenderer } from '../../../src/main/electron/renderer-location'
import { setupSecurity } from '../../../src/main/electron/security'
import type { DetectedFrame } from '../../../src/shared/posture-watch'
import { BrowserWindow, Notification, session } from '../fakes/electron'
import { useAdapterFixture } from '../helpers/adapter-fixture'

const renderer = locateRenderer('/app/out/main', { isPackaged: false })
const adapters = useAdapterFixture()

const frame = (y: number, width: number): DetectedFrame => ({
  frameWidthPx: 640,
  frameHeightPx: 480,
  faceBox: [0.4, y, width, width * 1.35],
  faceScore: 0.9,
  keypoints: []
})

async function start() {
  const { services } = await adapters.services()
  const window = new PostureWatchWindow(renderer, () => services.postureWatch.turnOff(), services.i18n.t)
  adapters.track(
    setupPostureWatch(
      {
        renderer,
        phase: () => services.postureWatch.status().phase,
        onPhaseChange: (listener) => services.postureWatch.onPhaseChange(listener),
        onCue: (listener) => services.postureWatch.onCue(listener),
        silent: () => !services.settings.get().app.sounds,
        turnOff: () => services.postureWatch.turnOff(),
        t: services.i18n.t
      },
      window
    ),
    setupSecurity(renderer.base, (contents) => window.owns(contents))
  )
  const watchWindows = () => BrowserWindow.getAllWindows().filter((each) => each.loadedUrl?.endsWith('#/posture-watch'))
  return { services, window, watchWindows }
}

type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: { mediaTypes?: string[] }) => void

function askPermission(contents: unknown, permission: string, mediaTypes: string[]): boolean {
  let granted = false
  ;(session.defaultSession.permissionRequestHandler as RequestHandler)(contents, permission, (answer) => (granted = answer), { mediaTypes })
  return granted
}

describe('posture watch window', () => {
  it('does not exist while the watch is off', async () => {
    const { watchWindows } = await start()
    expect(watchWindows()).toEqual([])
  })

  it('opens visibly for consent and calibration, hides while watching, and is destroyed when turned off', async () => {
    const { services, watchWindows } = await start()
    services.settings.update({ postureWatch: { enabled: true } })
    expect(watchWindows()).toHaveLength(1)
    expect(watchWindows()[0]?.isVisible()).toBe(true)
    expect(watchWindows()[0]?.webContents.backgroundThrottling).toBe(false)

    services.postureWatch.consent()
    services.postureWatch.calibrate(Array.from({ length: 5 }, () => frame(0.28, 0.16)))
    expect(watchWindows()).toHaveLength(1)
    expect(watchWindows()[0]?.isVisible()).toBe(false)

    services.runTrayAction('posture-watch-off')
    expect(watchWindows()).toEqual([])
  })

  it('gives the camera (video only) to the watch window and to no other page', async () => {
    const { services, watchWindows } = await start()
    services.settings.update({ postureWatch: { enabled: true } })
    const watch = watchWindows()[0]
    const other = new BrowserWindow()
    expect(askPermission(watch?.webContents, 'media', ['video'])).toBe(true)
    expect(askPermission(watch?.webContents, 'media', ['video', 'audio'])).toBe(false)
    expect(askPermission(watch?.webContents, 'geolocation', [])).toBe(false)
    expect(askPermission(other.webContents, 'media', ['video'])).toBe(false)
    services.settings.update({ postureWatch: { enabled: false } })
    expect(askPermission(watch?.webContents, 'media', ['video'])).toBe(false)
  })

  it('takes closing the window during calibration as "not now": the watch turns off', async () => {
    const { services, watchWindows } = await start()
    services.settings.update({ postureWatch: { enabled: true } })
    watchWindows()[0]?.close()
    expect(services.settings.get().postureWatch.enabled).toBe(false)
  })

  it('shows a watch cue as a notification with its specific text', async () => {
    const { services } = await start()
    services.settings.update({ postureWatch: { enabled: true } })
    services.postureWatch.consent()
    services.postureWatch.calibrate(Array.from({ length: 5 }, () => frame(0.28, 0.16)))
    for (let check = 0; check < 3; check += 1) services.postureWatch.report([frame(0.28, 0.22), frame(0.28, 0.22), frame(0.28, 0.22)])
    expect(Notification.instances.map((each) => [each.title, each.body, each.shown, each.silent])).toEqual([
      ['Posture watch', expect.stringMatching(/^You are leaning forward/) as unknown, true, false]
    ])
    // History keeps the reason only; the words are chosen here, where the cue is shown.
    expect(services.postureWatch.status().lastCueReason).toBe('head-forward')
  })

  it('words the cue and the window title in the app language, chosen when shown', async () => {
    const { services, watchWindows } = await start()
    services.settings.update({ app: { language: 'de' } })
    await vi.waitFor(() => expect(services.i18n.language).toBe('de'))
    services.settings.update({ postureWatch: { enabled: true } })
    expect(watchWindows()[0]?.options.title).toBe('Haltungswächter – Upright')
    services.postureWatch.consent()
    services.postureWatch.calibrate(Array.from({ length: 5 }, () => frame(0.28, 0.16)))
    for (let check = 0; check < 3; check += 1) services.postureWatch.report([frame(0.28, 0.22), frame(0.28, 0.22), frame(0.28, 0.22)])
    expect(Notification.instances.map((each) => [each.title, each.body])).toEqual([
      ['Haltungswächter', 'Sie lehnen sich nach vorn. Setzen Sie sich zurück und bringen Sie den Kopf über die Schultern.']
    ])
  })

  it('shows a watch cue without a sound when "Notification sounds" is off', async () => {
    const { services } = await start()
    services.settings.update({ postureWatch: { enabled: true }, app: { sounds: false } })
    services.postureWatch.consent()
    services.postureWatch.calibrate(Array.from({ length: 5 }, () => frame(0.28, 0.16)))
    for (let check = 0; check < 3; check += 1) services.postureWatch.report([frame(0.28, 0.22), frame(0.28, 0.22), frame(0.28, 0.22)])
    expect(Notification.instances.map((each) => [each.shown, each.silent])).toEqual([[true, true]])
  })
})
