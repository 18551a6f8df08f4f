import { describe, expect, it } from 'vitest'
import { dispatch } from '../../../src/app/ipc/dispatch'
import { createIpcHandlers } from '../../../src/app/ipc/handlers'
import { createServicesFixture } from '../../helpers/app-services-fixture'

const minute = 60_000

describe('IPC handlers over the real services', () => {
  it('refuses skip in strict level with 409 and keeps the break showing', async () => {
    const { services, clock } = await createServicesFixture()
    services.settings.update({ break: { level: 'strict' } })
    const handlers = createIpcHandlers(services)
    clock.advanceBy(50 * minute)
    expect(services.engine.getState().phase).toBe('break')
    const result = await dispatch(handlers, 'break:respond', { response: 'skip' })
    expect(result).toMatchObject({ ok: false, status: 409 })
    expect(services.engine.getState().phase).toBe('break')
  })

  it('postpones a normal break and reports the one postpone left', async () => {
    const { services, clock } = await createServicesFixture()
    const handlers = createIpcHandlers(services)
    clock.advanceBy(50 * minute)
    expect(await dispatch(handlers, 'break:respond', { response: 'postpone' })).toEqual({ ok: true, value: null })
    const state = await dispatch(handlers, 'engine:state', undefined)
    expect(state).toMatchObject({ ok: true, value: { phase: 'active', postponesLeft: 1 } })
  })

  it("gives a window a language's catalogs, the pseudo-locale's made from English, and refuses an unknown tag", async () => {
    const { services } = await createServicesFixture()
    const handlers = createIpcHandlers(services)
    const german = await dispatch(handlers, 'language:catalog', { language: 'de' })
    expect(german).toMatchObject({ ok: true, value: { ui: { nav: { today: 'Heute' } } } })
    const pseudo = await dispatch(handlers, 'language:catalog', { language: 'en-XA' })
    expect(pseudo).toMatchObject({ ok: true, value: { ui: { nav: { today: 'Ţöðåý ··' } } } })
    expect(await dispatch(handlers, 'language:catalog', { language: 'xx' })).toMatchObject({ ok: false, status: 400 })
  })

  it('treats a late "finished" report from the break window as a no-op', async () => {
    const { services, clock } = await createServicesFixture()
    const handlers = createIpcHandlers(services)
    clock.advanceBy(55 * minute)
    expect(await dispatch(handlers, 'break:finish', undefined)).toEqual({ ok: true, value: null })
  })

  it('lists what this system can detect: nothing in the harness until a shell attaches probes', async () => {
    const { services } = await createServicesFixture()
    const handlers = createIpcHandlers(services)
    const harness = await dispatch(handlers, 'busy:capabilities', undefined)
    expect(harness).toMatchObject({ ok: true, value: [{ signal: 'camera', state: 'none' }, {}, {}, {}] })
    services.busy.provideCapabilities(() => [{ signal: 'camera', state: 'watching', detail: 'Camera (/proc, /dev/video*)' }])
    expect(await dispatch(handlers, 'busy:capabilities', undefined)).toEqual({
      ok: true,
      value: [{ signal: 'camera', state: 'watching', detail: 'Camera (/proc, /dev/video*)' }]
    })
  })

  it('a new busy reason is pushed to the tray and pages, and the waiting line names it', async () => {
    const { services, clock } = await createServicesFixture()
    const pushed: string[] = []
    services.events.subscribe((event) => pushed.push(event))
    services.engine.setBusy(true)
    services.busy.setReason('call')
    clock.advanceBy(51 * minute)
    expect(services.trayMenu().status).toBe("Waiting: you're in a call")
    expect(pushed).toContain('engine:state')
    const before = pushed.length
    services.busy.setReason('call')
    expect(pushed).toHaveLength(before)
  })

  it('turns reading mode on for the asked minutes', async () => {
    const { services, clock } = await createServicesFixture()
    const handlers = createIpcHandlers(services)
    await dispatch(handlers, 'reading:set', { minutes: 30 })
    expect(services.engine.getState().readingUntilWallMs).toBe(clock.wallNowMs() + 30 * minute)
    expect(await dispatch(handlers, 'reading:set', { minutes: 45 })).toMatchObject({ ok: false, status: 400 })
  })

  it('previews a schedule for unsaved settings without saving them', async () => {
    const { services } = await createServicesFixture()
    const handlers = createIpcHandlers(services)
    const preview = await dispatch(handlers, 'schedule:preview', { break: { intervalMinutes: 25 } })
    expect(preview).toMatchObject({ ok: true, value: { breaksToday: 16 } })
    expect(services.settings.get().break.intervalMinutes).toBe(50)
  })

  it('builds a single-stretch routine and refuses an unknown id', async () => {
    const { services } = await createServicesFixture()
    const handlers = createIpcHandlers(services)
    const routine = await dispatch(handlers, 'routine:forStretch', { id: 'chin-tuck' })
    expect(routine).toMatchObject({ ok: true })
    expect(await dispatch(handlers, 'routine:forStretch', { id: 'no-such-move' })).toMatchObject({ ok: false, status: 404 })
    expect(await dispatch(handlers, 'routine:forStretch', { id: '../etc' })).toMatchObject({ ok: false, status: 400 })
  })

  it('records a comfort check-in and rejects scores outside 0–10', async () => {
    const { services, settle } = await createServicesFixture()
    const handlers = createIpcHandlers(services)
    expect(await dispatch(handlers, 'comfort:record', { score: 11 })).toMatchObject({ ok: false, status: 400 })
    expect(await dispatch(handlers, 'comfort:record', { score: 3 })).toEqual({ ok: true, value: { ok: true, value: null } })
    await settle()
    expect((await services.history.readAll()).events).toMatchObject([{ kind: 'comfort', score: 3 }])
  })

  it('accepts checklist answers only for the checklist\'s own items', async () => {
    const { services } = await createServicesFixture()
    const handlers = createIpcHandlers(services)
    expect(await dispatch(handlers, 'checklist:answer', { id: 'monitor-height', status: 'ok' })).toMatchObject({ ok: false, status: 400 })
    expect(await dispatch(handlers, 'checklist:answer', { id: 'glare', status: 'fix' })).toMatchObject({ ok: true, value: { ok: true, value: { answers: { glare: 'fix' } } } })
    expect(services.checklist.get().answers).toEqual({ glare: 'fix' })
  })
})
