import { describe, expect, it, vi } from 'vitest'
import { type IpcHandlers, IpcRefusal, dispatch } from '../../../src/app/ipc/dispatch'
import { defaultSettings } from '../../../src/shared/settings'
import { createIpcHandlers } from '../../../src/app/ipc/handlers'
import { createServicesFixture } from '../../helpers/app-services-fixture'
import { stubHandlers } from '../../helpers/stub-handlers'

function fakeHandlers(overrides: Partial<IpcHandlers> = {}): IpcHandlers {
  return stubHandlers({
    'settings:update': () => ({ ok: true, settings: defaultSettings }),
    'notice:get': () => ({ messages: [] }),
    ...overrides
  })
}

describe('dispatch', () => {
  it('runs the handler with validated input and returns its result', async () => {
    const update = vi.fn<IpcHandlers['settings:update']>(() => ({ ok: true, settings: defaultSettings }))
    const result = await dispatch(fakeHandlers({ 'settings:update': update }), 'settings:update', {
      break: { intervalMinutes: 30 }
    })
    expect(result).toEqual({ ok: true, value: { ok: true, settings: defaultSettings } })
    expect(update).toHaveBeenCalledWith({ break: { intervalMinutes: 30 } })
  })

  it('refuses unknown channels without calling anything', async () => {
    expect(await dispatch(fakeHandlers(), 'shell:exec', 'rm -rf /')).toMatchObject({ ok: false, status: 404 })
    expect(await dispatch(fakeHandlers(), 42, undefined)).toMatchObject({ ok: false, status: 404 })
  })

  it('refuses invalid payloads with a message naming the field, and never calls the handler', async () => {
    const update = vi.fn<IpcHandlers['settings:update']>()
    const result = await dispatch(fakeHandlers({ 'settings:update': update }), 'settings:update', {
      break: { intervalMinutes: -5 }
    })
    expect(result).toMatchObject({ ok: false, status: 400 })
    if (!result.ok) expect(result.message).toContain('break.intervalMinutes')
    expect(update).not.toHaveBeenCalled()
    expect(await dispatch(fakeHandlers(), 'settings:get', { sneaky: true })).toMatchObject({ ok: false, status: 400 })
  })

  it('turns a throwing handler or an invalid result into a 500, not a crash', async () => {
    const throwing = fakeHandlers({
      'settings:get': () => {
        throw new Error('disk on fire')
      }
    })
    expect(await dispatch(throwing, 'settings:get', undefined)).toEqual({
      ok: false,
      status: 500,
      message: 'settings:get failed: disk on fire'
    })
    const lying = fakeHandlers({ 'notice:get': () => ({ messages: [{ key: 'not a key' }] }) as unknown as { messages: [] } })
    expect(await dispatch(lying, 'notice:get', undefined)).toMatchObject({ ok: false, status: 500 })
  })

  it('answers a refusal with 409, and with its answer only when the result schema of the channel accepts it', async () => {
    const refusing = (answer?: unknown): IpcHandlers =>
      fakeHandlers({
        'settings:update': () => {
          throw new IpcRefusal('break.level is locked', answer)
        }
      })
    expect(await dispatch(refusing(), 'settings:update', {})).toEqual({ ok: false, status: 409, message: 'settings:update: break.level is locked' })
    const answer = { ok: false, message: 'break.level is locked', refusal: { key: 'messages.settings.locked', values: { setting: 'x' } } }
    expect(await dispatch(refusing(answer), 'settings:update', {})).toEqual({
      ok: false,
      status: 409,
      message: 'settings:update: break.level is locked',
      answer
    })
    // An answer the contract does not allow is a bug in the handler, never passed on.
    expect(await dispatch(refusing({ ok: false, refusal: 'English words' }), 'settings:update', {})).toMatchObject({ ok: false, status: 500 })
    // Nor one that says the change was made: Electron would resolve it as a success.
    const granted = await dispatch(refusing({ ok: true, settings: defaultSettings }), 'settings:update', {})
    expect(granted).toMatchObject({ ok: false, status: 500 })
    expect(granted).not.toHaveProperty('answer')
  })

  it('reads undefined values (which structured clone carries and JSON drops) as absent keys', async () => {
    const { services } = await createServicesFixture()
    const handlers = createIpcHandlers(services)
    const answer = await dispatch(handlers, 'onboarding:update', { safetyAcknowledgedAtMs: undefined, checklistWalkthroughDone: true })
    expect(answer).toEqual({ ok: true, value: { ok: true, value: { safetyAcknowledgedAtMs: null, checklistWalkthroughDone: true } } })
    expect(await dispatch(handlers, 'settings:update', { break: { intervalMinutes: undefined } })).toMatchObject({ ok: true, value: { ok: true } })
    await services.dispose()
  })
})
