import { describe, expect, it } from 'vitest'
import { buildTrayMenuModel, secondsUntilStatusChanges, trayStatus } from '../../../src/app/services/tray-menu-model'
import type { EnginePhase, EngineState } from '../../../src/shared/engine-state'
import type { TrayMenuModel } from '../../../src/shared/tray-menu'
import { engineState } from '../../helpers/engine-state-fixture'
import { britishI18n } from '../../helpers/english-content'

// British English: the catalog's words with a 24-hour clock.
const t = britishI18n.t

function state(phase: EnginePhase, overrides: Partial<EngineState> = {}): EngineState {
  return engineState({ phase, paused: phase === 'paused', ...overrides })
}

/** Each row as text: "-" disabled, "+" enabled, submenus with their items. */
function rows(model: TrayMenuModel): string[] {
  return model.items.map((item) => {
    switch (item.type) {
      case 'status':
        return `status: ${item.label}`
      case 'separator':
        return '---'
      case 'action':
        return `${item.enabled ? '+' : '-'} ${item.label}`
      case 'submenu':
        return `${item.enabled ? '+' : '-'} ${item.label} ▸ ${item.items.map((child) => `${child.enabled ? '+' : '-'}${child.label}`).join(' | ')}`
    }
  })
}

const navigation = ['---', '+ Today', '+ Workstation checklist', '+ Stretches', '+ Statistics', '+ Preferences…', '---', '+ Quit Upright']

describe('buildTrayMenuModel', () => {
  it('active: counts down to the next break, everything offered', () => {
    const model = buildTrayMenuModel(t, state('active'), 'UTC')
    expect(model.status).toBe('Next break in 23 min')
    expect(model.icon).toBe('normal')
    expect(rows(model)).toEqual([
      'status: Next break in 23 min',
      '---',
      '+ Take a break now',
      '+ Posture check now',
      '+ Pause ▸ +30 minutes | +1 hour | +Until tomorrow | +Until I resume',
      '- Resume',
      "+ I'm reading ▸ +For 30 minutes | +For 1 hour | -Stop",
      ...navigation
    ])
  })

  it('paused: says until when, offers Resume and a break (which ends the pause), not a cue', () => {
    const model = buildTrayMenuModel(t, state('paused', { pausedUntilWallMs: Date.parse('2026-03-06T14:30:00Z') }), 'Europe/Berlin')
    expect(model.status).toBe('Paused until 15:30')
    expect(model.icon).toBe('paused')
    expect(rows(model).slice(0, 7)).toEqual([
      'status: Paused until 15:30',
      '---',
      '+ Take a break now',
      '- Posture check now',
      '+ Pause ▸ +30 minutes | +1 hour | +Until tomorrow | +Until I resume',
      '+ Resume',
      "- I'm reading ▸ +For 30 minutes | +For 1 hour | -Stop"
    ])
    expect(trayStatus(t, state('paused'), 'UTC')).toBe('Paused until you resume')
  })

  it('break: nothing that would start, pause or read is offered', () => {
    const model = buildTrayMenuModel(t, state('break', { breakEndsAtWallMs: Date.parse('2026-03-06T14:05:00Z') }), 'UTC')
    expect(rows(model).slice(0, 7)).toEqual([
      'status: On a break until 14:05',
      '---',
      '- Take a break now',
      '- Posture check now',
      '- Pause ▸ +30 minutes | +1 hour | +Until tomorrow | +Until I resume',
      '- Resume',
      "- I'm reading ▸ +For 30 minutes | +For 1 hour | -Stop"
    ])
    expect(model.icon).toBe('normal')
  })

  it('break with a pause asked for during it: Resume waits until the pause begins, when the break ends', () => {
    const during = buildTrayMenuModel(t, state('break', { paused: true, pausedUntilWallMs: null, breakEndsAtWallMs: Date.parse('2026-03-06T14:05:00Z') }), 'UTC')
    // The status says what comes, so the greyed-out Resume does not read as a fault.
    expect(rows(during)[0]).toBe('status: On a break until 14:05, then paused until you resume')
    expect(rows(during).slice(2, 6)).toEqual([
      '- Take a break now',
      '- Posture check now',
      '- Pause ▸ +30 minutes | +1 hour | +Until tomorrow | +Until I resume',
      '- Resume'
    ])
    expect(rows(buildTrayMenuModel(t, state('paused', { pausedUntilWallMs: null }), 'UTC'))[5]).toBe('+ Resume')
  })

  it('reading: the label says until when, and Stop is offered', () => {
    const model = buildTrayMenuModel(t, state('active', { readingUntilWallMs: Date.parse('2026-03-06T14:30:00Z') }), 'UTC')
    expect(rows(model)[6]).toBe("+ I'm reading (until 14:30) ▸ +For 30 minutes | +For 1 hour | +Stop")
  })

  it.each<[EnginePhase, Partial<EngineState>, string, TrayMenuModel['icon']]>([
    ['warning', {}, 'Break starting soon', 'attention'],
    ['waiting', { busy: true }, 'Break due — waiting until your meeting or fullscreen app ends', 'attention'],
    ['away', {}, 'Away — time is not counted', 'normal'],
    ['outside-hours', {}, 'Outside working hours', 'normal'],
    ['disabled', {}, 'Breaks and posture cues are off', 'paused'],
    ['active', { nextBreakInSeconds: null }, 'Next posture cue in 7 min', 'normal'],
    ['active', { nextBreakInSeconds: null, nextPostureInSeconds: null }, 'Breaks are off', 'normal'],
    ['active', { nextBreakInSeconds: 150 * 60 }, 'Next break in 2 h 30 min', 'normal'],
    // a clock break comes at a time of day (NOW is 14:00 UTC)
    ['active', { nextBreakBySlot: true, nextBreakInSeconds: 50 * 60, nextBreakAtWallMs: Date.parse('2026-03-06T14:50:00Z') }, 'Next break at 14:50', 'normal']
  ])('%s %o: "%s", %s icon, start and pause offered', (phase, overrides, status, icon) => {
    const model = buildTrayMenuModel(t, state(phase, overrides), 'UTC')
    expect(model.status).toBe(status)
    expect(model.icon).toBe(icon)
    expect(rows(model).slice(2, 6)).toEqual([
      '+ Take a break now',
      '+ Posture check now',
      '+ Pause ▸ +30 minutes | +1 hour | +Until tomorrow | +Until I resume',
      '- Resume'
    ])
  })

  it.each([
    ['call', "Waiting: you're in a call"],
    ['fullscreen', 'Waiting: a fullscreen window is open'],
    ['doNotDisturb', 'Waiting: Do Not Disturb is on']
  ] as const)('a break waiting for a %s says so', (busyReason, status) => {
    const model = buildTrayMenuModel(t, state('waiting', { busy: true }), 'UTC', { busyReason })
    expect(model.status).toBe(status)
    expect(rows(model)[0]).toBe(`status: ${status}`)
    // The reason only names what a waiting break waits for; the countdown stays as it was.
    expect(buildTrayMenuModel(t, state('active', { busy: true, nextBreakInSeconds: 600 }), 'UTC', { busyReason }).status).toBe('Next break in 10 min')
  })

  it('rounds minutes up, so "0 min" never shows while something is ahead', () => {
    expect(trayStatus(t, state('active', { nextBreakInSeconds: 1 }), 'UTC')).toBe('Next break in 1 min')
    expect(trayStatus(t, state('active', { nextBreakInSeconds: 61 }), 'UTC')).toBe('Next break in 2 min')
  })
})

describe('secondsUntilStatusChanges', () => {
  it('is the time until the shown minute count drops', () => {
    expect(secondsUntilStatusChanges(state('active', { nextBreakInSeconds: 23 * 60 }))).toBe(60)
    expect(secondsUntilStatusChanges(state('active', { nextBreakInSeconds: 22 * 60 + 5 }))).toBe(5)
    expect(secondsUntilStatusChanges(state('active', { nextBreakInSeconds: null, nextPostureInSeconds: 90 }))).toBe(30)
  })

  it('holds "Next break at 14:50" until just after that slot, which may pass without a state change', () => {
    expect(secondsUntilStatusChanges(state('active', { nextBreakBySlot: true, nextBreakInSeconds: 50 * 60 }))).toBe(50 * 60 + 1)
  })

  it('is null when the line holds still until the next state change', () => {
    expect(secondsUntilStatusChanges(state('active', { nextBreakInSeconds: 45 }))).toBeNull()
    expect(secondsUntilStatusChanges(state('away'))).toBeNull()
    expect(secondsUntilStatusChanges(state('paused'))).toBeNull()
    expect(secondsUntilStatusChanges(state('break'))).toBeNull()
    expect(secondsUntilStatusChanges(state('active', { nextBreakInSeconds: null, nextPostureInSeconds: null }))).toBeNull()
  })
})
