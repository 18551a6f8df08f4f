import { describe, expect, it } from 'vitest'
import { formatClock, secondsUntilMinuteTicks, wholeMinutes } from '../../src/shared/countdown'
import { createI18n } from '../../src/shared/i18n/create-i18n'
import { englishI18n } from '../helpers/english-content'

describe('countdown', () => {
  it('rounds up to whole minutes and never shows 0 while something is ahead', () => {
    expect(wholeMinutes(0.5)).toBe(1)
    expect(wholeMinutes(60)).toBe(1)
    expect(wholeMinutes(61)).toBe(2)
  })

  it('says when the shown minute count drops next, and nothing once it shows 1', () => {
    expect(secondsUntilMinuteTicks(23 * 60 + 10)).toBe(10) // shows 24, shows 23 after 10 s
    expect(secondsUntilMinuteTicks(120)).toBe(60)
    expect(secondsUntilMinuteTicks(59)).toBeNull()
  })

  it('formats clock times in the given zone, 12- or 24-hour as the locale says', async () => {
    const at = Date.parse('2026-03-08T18:05:00Z')
    expect(formatClock(englishI18n.t, at, 'America/New_York')).toBe('2:05 PM')
    const british = createI18n()
    await british.changeLanguage('en-GB')
    expect(formatClock(british.t, at, 'America/New_York')).toBe('14:05')
  })
})
