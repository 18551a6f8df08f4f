import { describe, expect, it } from 'vitest'
import { buildTrayMenuModel } from '../../../src/app/services/tray-menu-model'
import { createServicesFixture } from '../../helpers/app-services-fixture'
import { britishI18n } from '../../helpers/english-content'

const minute = 60_000

describe('app services: the daily limit as the only reminder', () => {
  it('counts active time, records the reminder in history, and keeps the tray saying both tracks are off', async () => {
    const { services, clock, settle } = await createServicesFixture()
    const updated = services.settings.update({
      posture: { enabled: false },
      break: { enabled: false },
      dailyLimit: { enabled: true, minutes: 60, remindMinutes: 30 }
    })
    expect(updated.ok).toBe(true)
    clock.advanceBy(91 * minute)
    await settle()
    const limits = (await services.history.readAll()).events.filter((event) => event.kind === 'dailyLimit')
    expect(limits).toEqual([
      { kind: 'dailyLimit', atMs: Date.parse('2026-03-02T10:00:00Z'), activeMinutes: 60 },
      { kind: 'dailyLimit', atMs: Date.parse('2026-03-02T10:30:00Z'), activeMinutes: 90 }
    ])
    const state = services.engine.getState()
    expect(state.activeMinutesToday).toBeCloseTo(91, 6)
    expect(state.phase).toBe('disabled')
    expect(state.nextBreakInSeconds).toBeNull()
  })

  it('a pause silences the daily limit and the tray says so and offers Resume, though both tracks are off', async () => {
    const { services, clock, settle } = await createServicesFixture()
    services.settings.update({ posture: { enabled: false }, break: { enabled: false }, dailyLimit: { enabled: true, minutes: 60, remindMinutes: 30 } })
    services.engine.pause('indefinite')
    clock.advanceBy(90 * minute)
    await settle()
    expect((await services.history.readAll()).events.filter((event) => event.kind === 'dailyLimit')).toEqual([])
    const state = services.engine.getState()
    expect(state.phase).toBe('paused')
    const menu = buildTrayMenuModel(britishI18n.t, state, 'UTC')
    expect(menu.status).toBe('Paused until you resume')
    expect(menu.items).toContainEqual(expect.objectContaining({ id: 'resume', enabled: true }))
    services.engine.resume()
    expect(services.engine.getState().phase).toBe('disabled')
  })
})
