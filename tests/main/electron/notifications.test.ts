import { describe, expect, it, vi } from 'vitest'
import { BreakWindows, setupBreakWindows } from '../../../src/main/electron/break-window'
import { setupNotifications } from '../../../src/main/electron/notifications'
import { PostureCardWindow } from '../../../src/main/electron/posture-card-window'
import { locateRenderer } from '../../../src/main/electron/renderer-location'
import { englishContent, englishI18n } from '../../helpers/english-content'

const { postureCueTexts } = englishContent
import type { EngineEvent } from '../../../src/shared/engine-state'
import type { SettingsPatch } from '../../../src/shared/settings'
import { BrowserWindow, Notification } from '../fakes/electron'
import { useAdapterFixture } from '../helpers/adapter-fixture'

const renderer = locateRenderer('/app/out/main', { isPackaged: false })

const adapters = useAdapterFixture()

/** Real services with the notification and break-window adapters wired as index.ts does. */
async function start(options: { platform?: NodeJS.Platform; settings?: SettingsPatch } = {}) {
  const services = await adapters.services({ settings: options.settings })
  const { engine } = services.services
  const events: EngineEvent[] = []
  adapters.track(services.services.onEngineEvent((event) => events.push(event)))
  const breakWindows = new BreakWindows({ renderer, engine, platform: options.platform ?? 'linux', t: services.services.i18n.t })
  const postureCard = new PostureCardWindow(renderer, services.services.i18n.t)
  const log = vi.fn<(message: string) => void>()
  adapters.track(
    setupNotifications({
      onEngineEvent: services.services.onEngineEvent,
      engine,
      settings: () => services.services.settings.get(),
      platform: options.platform ?? 'linux',
      i18n: englishI18n,
      postureCard,
      openBreakWindow: () => {
        breakWindows.show('optional')
      },
      log
    }),
    setupBreakWindows(breakWindows, { onEngineEvent: services.services.onEngineEvent, engine })
  )
  const kinds = (kind: EngineEvent['kind']) => events.filter((event) => event.kind === kind)
  return { ...services, engine, events, kinds, postureCard, breakWindows, log }
}

function latest(): Notification {
  const notification = Notification.instances.at(-1)
  if (!notification) throw new Error('no notification was shown')
  return notification
}

/** The posture lines the history holds, once its writes have settled. */
async function postureHistory(t: Awaited<ReturnType<typeof start>>) {
  await t.settle()
  const { events } = await t.services.history.readAll()
  return events.filter((event) => event.kind === 'posture')
}

function postureResponses(events: EngineEvent[]): string[] {
  return events.flatMap((event) => (event.kind === 'postureResponse' ? [event.response] : []))
}

describe('posture cues', () => {
  it('show a notification every 20 active minutes, rotating through the cue texts', async () => {
    const t = await start()
    t.at(19)
    expect(Notification.instances).toEqual([])
    t.at(20)
    expect(Notification.instances.map((n) => [n.title, n.body, n.shown, n.silent])).toEqual([
      [postureCueTexts[0]?.title, postureCueTexts[0]?.body, true, false]
    ])
    t.at(40)
    expect(latest().title).toBe(postureCueTexts[1]?.title)
    // The first cue was replaced, not left piling up.
    expect(Notification.instances[0]?.closed).toBe(true)
  })

  it('show the daily limit as a notice without buttons, replaced by the next one, silent while busy', async () => {
    const t = await start({ settings: { posture: { enabled: false }, break: { intervalMinutes: 240 }, dailyLimit: { enabled: true, minutes: 240, remindMinutes: 30 } } })
    t.at(239)
    expect(Notification.instances).toEqual([])
    t.at(240)
    // the break due at 240 comes with its own warning; the limit notice is separate
    const limitAt = (): Notification[] => Notification.instances.filter((n) => n.title.endsWith('at the computer today'))
    expect(limitAt().map((n) => [n.title, n.body, n.silent, n.shown])).toEqual([
      ['4 h at the computer today', 'You have reached your daily limit of 4 h. Time to wrap up for today.', false, true]
    ])
    t.engine.setBusy(true)
    t.at(280)
    const limitNotices = limitAt()
    expect(limitNotices.length).toBe(2)
    expect(limitNotices[0]?.closed).toBe(true)
    expect(limitNotices[1]?.silent).toBe(true)
  })

  it('are not shown while the user is busy (counted as silent), and make no sound when sounds are off', async () => {
    const t = await start()
    t.engine.setBusy(true)
    t.at(20)
    expect(Notification.instances).toEqual([])
    t.engine.setBusy(false)
    t.services.settings.update({ app: { sounds: false } })
    t.at(40)
    expect(latest().shown).toBe(true)
    expect(latest().silent).toBe(true)
  })

  it('never show while paused or away (the engine emits nothing then)', async () => {
    const t = await start()
    t.engine.pause('indefinite')
    t.at(180)
    expect(Notification.instances).toEqual([])
    t.engine.resume()
    t.engine.lock()
    t.at(300)
    expect(Notification.instances).toEqual([])
    expect(BrowserWindow.created).toEqual([])
  })

  it('a dismissed cue answers "ignore"; one that merely expired is not an answer', async () => {
    const t = await start()
    t.at(20)
    latest().dismiss('timedOut')
    expect(postureResponses(t.events)).toEqual([])
    t.at(40)
    latest().dismiss('userCanceled')
    expect(postureResponses(t.events)).toEqual(['ignore'])
  })

  it('a cue closed with no reason (Linux and macOS may give none, even on expiry) stays pending and is recorded unanswered', async () => {
    const t = await start()
    t.at(20)
    latest().dismiss(null)
    t.at(20.5)
    latest().dismiss('applicationHidden')
    expect(postureResponses(t.events)).toEqual([])
    // The next cue closes the pending one as unanswered, never as an answer the user did not give.
    t.at(40)
    expect(await postureHistory(t)).toEqual([
      { kind: 'posture', atMs: Date.parse('2026-03-02T09:20:00Z'), response: 'unanswered' }
    ])
  })

  it('a clicked cue opens the posture card; the card answers, then closes', async () => {
    vi.useFakeTimers()
    const t = await start()
    t.at(20)
    latest().click()
    const card = BrowserWindow.getAllWindows()
    expect(card).toHaveLength(1)
    expect(card[0]?.loadedUrl).toBe('app://upright/break.html#/posture')
    expect(card[0]?.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false })
    // Linux closes a clicked notification: that is not a dismissal.
    latest().dismiss('userCanceled')
    expect(postureResponses(t.events)).toEqual([])

    // What the card's "Not now" does over IPC (posture:respond).
    t.engine.respondToPosture('ignore')
    expect(postureResponses(t.events)).toEqual(['ignore'])
    expect(card[0]?.isDestroyed()).toBe(false) // its reply stays readable for a moment
    vi.advanceTimersByTime(1500)
    expect(card[0]?.isDestroyed()).toBe(true)
    expect(postureResponses(t.events)).toEqual(['ignore'])
  })

  it('a clicked cue whose card is closed without an answer is no answer: it is recorded unanswered, never done', async () => {
    const t = await start()
    t.at(20)
    latest().click()
    BrowserWindow.getAllWindows()[0]?.close()
    expect(postureResponses(t.events)).toEqual([])
    t.at(40)
    expect(await postureHistory(t)).toEqual([
      { kind: 'posture', atMs: Date.parse('2026-03-02T09:20:00Z'), response: 'unanswered' }
    ])
  })
})

describe('break warnings', () => {
  it('say when, and a click starts the break where notifications have no buttons', async () => {
    const t = await start({ platform: 'linux' })
    t.at(49.5)
    const warning = latest()
    expect([warning.title, warning.actions, warning.silent]).toEqual(['Break in 30 seconds', [], false])
    warning.click()
    expect(t.engine.getState().phase).toBe('break')
    expect(t.kinds('break')).toMatchObject([{ manual: true }])
    expect(BrowserWindow.getAllWindows()).toHaveLength(1)
  })

  it('offer Start now and Postpone on macOS; Postpone is the engine command, so no window opens', async () => {
    const t = await start({ platform: 'darwin' })
    t.at(49.5)
    expect(latest().actions.map((action) => action.text)).toEqual(['Start now', 'Postpone'])
    latest().act('Postpone')
    expect(t.kinds('breakEnded')).toMatchObject([{ outcome: 'postponed', fromWarning: true, takenSeconds: 0 }])
    t.at(50)
    expect(BrowserWindow.created).toEqual([])
    // due 5 active minutes after the press at 49.5
    expect(t.engine.getState()).toMatchObject({ phase: 'active', nextBreakInSeconds: 270 })
    // The postponed break comes back, warned again, and this time it shows.
    t.at(55)
    expect(BrowserWindow.getAllWindows()).toHaveLength(1)
  })

  it('"Start now" starts the break at once', async () => {
    const t = await start({ platform: 'darwin' })
    t.at(49.5)
    latest().act('Start now')
    expect(t.engine.getState().phase).toBe('break')
  })

  it('offer no Postpone in strict level, and are silent with sounds off', async () => {
    const t = await start({ platform: 'darwin', settings: { break: { level: 'strict' }, app: { sounds: false } } })
    t.at(49.5)
    expect(latest().actions.map((action) => action.text)).toEqual(['Start now'])
    expect(latest().silent).toBe(true)
  })

  it('are not shown while the user is busy (a call or a shared screen), and the break then waits', async () => {
    const t = await start({ platform: 'darwin' })
    t.engine.setBusy(true)
    t.at(49.5)
    expect(t.kinds('breakWarning')).toMatchObject([{ silent: true }])
    expect(Notification.instances).toEqual([])
    t.at(50)
    expect(t.engine.getState().phase).toBe('waiting')
    expect(BrowserWindow.created).toEqual([])
  })

  it('go away when the break starts', async () => {
    const t = await start()
    t.at(49.5)
    const warning = latest()
    t.at(50)
    expect(warning.closed).toBe(true)
  })
})

describe('gentle level: the break is a notification', () => {
  it('says how long, offers the harness\'s buttons (Open the break, Postpone, Skip) on macOS, and opens no window by itself', async () => {
    const t = await start({ platform: 'darwin', settings: { break: { level: 'gentle' } } })
    t.at(50)
    expect(t.engine.getState().phase).toBe('break')
    expect(BrowserWindow.created).toEqual([])
    const notice = latest()
    expect([notice.title, notice.actions.map((action) => action.text)]).toEqual(['Time for a break: 5 minutes', ['Open the break', 'Postpone', 'Skip']])
    notice.act('Skip')
    expect(t.kinds('breakEnded')).toMatchObject([{ outcome: 'skipped' }])
    expect(notice.closed).toBe(true)
  })

  it('Postpone postpones the break: it ends as postponed, no window opens, and it comes back later', async () => {
    const t = await start({ platform: 'darwin', settings: { break: { level: 'gentle', postponeMinutes: 5 } } })
    t.at(50)
    const notice = latest()
    notice.act('Postpone')
    expect(t.kinds('breakEnded')).toMatchObject([{ outcome: 'postponed' }])
    expect(t.engine.getState().phase).toBe('active')
    expect(notice.closed).toBe(true)
    expect(BrowserWindow.created).toEqual([])
    t.at(55)
    expect(t.kinds('break')).toHaveLength(2)
    expect(latest()).not.toBe(notice)
  })

  it('maps a press by the button\'s name: with no postpones left, the second button is Skip and skips', async () => {
    const t = await start({ platform: 'darwin', settings: { break: { level: 'gentle', maxPostpones: 0 } } })
    t.at(50)
    expect(latest().actions.map((action) => action.text)).toEqual(['Open the break', 'Skip'])
    latest().act('Skip')
    expect(t.kinds('breakEnded')).toMatchObject([{ outcome: 'skipped' }])
  })

  it('Start (or a click, where there are no buttons) opens the routine window for the rest of the break', async () => {
    vi.useFakeTimers()
    const t = await start({ platform: 'linux', settings: { break: { level: 'gentle', durationMinutes: 0.5 } } })
    t.at(50)
    expect(latest().title).toBe('Time for a break: 30 seconds')
    latest().click()
    expect(BrowserWindow.getAllWindows().map((window) => window.loadedUrl)).toEqual(['app://upright/break.html'])
    t.at(50.5)
    vi.advanceTimersByTime(2000)
    expect(BrowserWindow.getAllWindows()).toEqual([])
  })

  it('closing the routine window it offered just closes it: the break runs on, not postponed', async () => {
    const t = await start({ platform: 'linux', settings: { break: { level: 'gentle' } } })
    t.at(50)
    latest().click()
    BrowserWindow.getAllWindows()[0]?.close()
    await Promise.resolve()
    expect(BrowserWindow.getAllWindows()).toEqual([])
    expect(t.engine.getState().phase).toBe('break')
    expect(t.kinds('breakEnded')).toEqual([])
  })

  it('falls back to the window where the system has no notifications', async () => {
    Notification.supported = false
    const t = await start({ settings: { break: { level: 'gentle' } } })
    t.at(50)
    expect(BrowserWindow.getAllWindows()).toHaveLength(1)
    expect(t.log).toHaveBeenCalledOnce() // the skipped warning was reported once
  })
})
