import { describe, expect, it } from 'vitest'
import { breakStatus, pausedStatus } from '../../../src/shared/i18n/status-lines'
import { engineState, NOW } from '../../helpers/engine-state-fixture'
import { britishI18n } from '../../helpers/english-content'
import { i18nShowing } from '../../helpers/message-words'

const t = britishI18n.t
const minutes = (count: number): number => NOW + count * 60_000
/** A break that ends at 14:05 (UTC), with what the test adds. */
const onBreak = (overrides: Parameters<typeof engineState>[0] = {}) =>
  engineState({ phase: 'break', breakStartedAtWallMs: NOW, breakEndsAtWallMs: minutes(5), ...overrides })

describe('breakStatus', () => {
  it('says until when the break runs', () => {
    expect(breakStatus(t, onBreak(), 'UTC')).toBe('On a break until 14:05')
    expect(breakStatus(t, onBreak({ breakEndsAtWallMs: null }), 'UTC')).toBe('On a break')
  })

  it('says that a pause asked for during the break follows it, and until when', () => {
    expect(breakStatus(t, onBreak({ paused: true, pausedUntilWallMs: minutes(30) }), 'UTC')).toBe('On a break until 14:05, then paused until 14:30')
    expect(breakStatus(t, onBreak({ paused: true, pausedUntilWallMs: null }), 'UTC')).toBe('On a break until 14:05, then paused until you resume')
  })

  it('says nothing of a pause that is over before the break is', () => {
    expect(breakStatus(t, onBreak({ paused: true, pausedUntilWallMs: minutes(3) }), 'UTC')).toBe('On a break until 14:05')
  })

  it('speaks the shown language', async () => {
    const german = await i18nShowing('de')
    expect(breakStatus(german.t, onBreak({ paused: true, pausedUntilWallMs: minutes(30) }), 'Europe/Berlin')).toBe(
      'In der Pause bis 15:05, danach angehalten bis 15:30'
    )
  })
})

describe('pausedStatus', () => {
  it('says until when reminders are paused, or that they wait for the user', () => {
    expect(pausedStatus(t, engineState({ phase: 'paused', paused: true, pausedUntilWallMs: minutes(30) }), 'UTC')).toBe('Paused until 14:30')
    expect(pausedStatus(t, engineState({ phase: 'paused', paused: true, pausedUntilWallMs: null }), 'UTC')).toBe('Paused until you resume')
  })
})
