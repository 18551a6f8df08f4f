import { describe, expect, it } from 'vitest'
import { minutesText } from '@shared/countdown'
import {
  headline,
  nextBreakText,
  nextPostureText,
  readingText,
  secondsUntilCountChanges
} from '../../../../src/renderer/src/features/today/status-text'
import { engineState, NOW } from '../../../helpers/engine-state-fixture'
import { britishI18n } from '../../../helpers/english-content'

// British English: the words of the catalog with a 24-hour clock.
const t = britishI18n.t

describe('Today status text', () => {
  it('headlines each phase in the tray\'s words', () => {
    expect(headline(t, engineState(), 'UTC')).toBe('Next break in 23 minutes')
    expect(headline(t, engineState({ nextBreakInSeconds: 30 }), 'UTC')).toBe('Next break in 1 minute')
    expect(headline(t, engineState({ nextBreakInSeconds: null }), 'UTC')).toBe('Next posture cue in 7 minutes')
    expect(headline(t, engineState({ phase: 'paused', paused: true, pausedUntilWallMs: NOW + 30 * 60_000 }), 'Europe/Berlin')).toBe('Paused until 15:30')
    expect(headline(t, engineState({ phase: 'paused', paused: true }), 'UTC')).toBe('Paused until you resume')
    expect(headline(t, engineState({ phase: 'break', breakEndsAtWallMs: NOW + 5 * 60_000 }), 'UTC')).toBe('On a break until 14:05')
    expect(headline(t, engineState({ phase: 'away' }), 'UTC')).toBe('Away — time is not counted')
  })

  it('details the next break, cue and reading mode', () => {
    expect(nextBreakText(t, engineState(), 'UTC')).toBe('In 23 minutes of active time (about 14:23)')
    expect(nextBreakText(t, engineState({ phase: 'away', nextBreakAtWallMs: null }), 'UTC')).toBe('In 23 minutes of active time')
    expect(nextBreakText(t, engineState({ phase: 'waiting', busy: true }), 'UTC')).toBe('Due — waiting until you are free')
    expect(nextBreakText(t, engineState({ nextBreakInSeconds: null, nextBreakAtWallMs: null }), 'UTC')).toBe('Off')
    expect(nextPostureText(t, engineState({ phase: 'warning', nextPostureInSeconds: null }))).toBe('After the break')
    expect(readingText(t, engineState({ readingUntilWallMs: NOW + 3_600_000 }), 'UTC')).toBe('On until 15:00')
    expect(minutesText(t, 150 * 60)).toBe('2 h 30 min')
  })

  it('gives a clock break its time of day, as the tray does, not a count of active time', () => {
    const clockBreak = engineState({ nextBreakBySlot: true, nextBreakInSeconds: 23 * 60, nextBreakAtWallMs: Date.UTC(2026, 2, 6, 10, 50) })
    expect(headline(t, clockBreak, 'UTC')).toBe('Next break at 10:50')
    expect(nextBreakText(t, clockBreak, 'UTC')).toBe('At 10:50 (in 23 minutes)')
  })

  it('knows when a shown minute count next changes, and when nothing counts down', () => {
    expect(secondsUntilCountChanges(engineState({ nextBreakInSeconds: 23 * 60, nextPostureInSeconds: 7 * 60 - 20 }))).toBe(40)
    expect(secondsUntilCountChanges(engineState({ phase: 'away' }))).toBeNull()
    expect(secondsUntilCountChanges(engineState({ nextBreakInSeconds: 50, nextPostureInSeconds: null }))).toBeNull()
  })
})
