import { describe, expect, it } from 'vitest'
import {
  answerChoices,
  itemsNeedingFixes,
  lastCheckedText,
  scoreChecklist,
  scoreText
} from '../../../../src/renderer/src/features/checklist/checklist-score'
import { englishContent, englishI18n } from '../../../helpers/english-content'

const { checklistItems } = englishContent

const dayMs = 24 * 60 * 60 * 1000

describe('checklist score', () => {
  it('counts nothing OK out of every item before any answer', () => {
    const score = scoreChecklist(checklistItems, {})
    expect(score.unanswered).toBe(checklistItems.length)
    expect(scoreText(englishI18n.t, score)).toBe(`0 of ${checklistItems.length} OK`)
  })

  it('leaves not-applicable items out of the count', () => {
    const [first, second, third] = checklistItems
    if (!first || !second || !third) throw new Error('content has fewer than three items')
    const score = scoreChecklist(checklistItems, { [first.id]: 'ok', [second.id]: 'na', [third.id]: 'fix' })
    expect(score).toMatchObject({ ok: 1, fix: 1, na: 1, unanswered: checklistItems.length - 3 })
    expect(scoreText(englishI18n.t, score)).toBe(`1 of ${checklistItems.length - 1} OK`)
  })

  it('reads "11 of 14 OK" with eleven OK, three to fix and two not applicable', () => {
    const answers = Object.fromEntries(
      checklistItems.map((item, index) => [item.id, index < 11 ? 'ok' : index < 14 ? 'fix' : 'na'] as const)
    )
    expect(scoreText(englishI18n.t, scoreChecklist(checklistItems, answers))).toBe('11 of 14 OK')
    expect(itemsNeedingFixes(checklistItems, answers).map((item) => item.id)).toEqual(
      checklistItems.slice(11, 14).map((item) => item.id)
    )
  })

  it('offers "Not applicable" only for items that may not apply', () => {
    for (const item of checklistItems) {
      const statuses = answerChoices(item).map((choice) => choice.status)
      expect(statuses.slice(0, 2)).toEqual(['ok', 'fix'])
      expect(statuses.includes('na')).toBe(item.mayNotApply)
    }
  })
})

describe('lastCheckedText', () => {
  const checkedMs = Date.UTC(2026, 2, 3, 12)

  it('gives the date and the weeks to the next check', () => {
    expect(lastCheckedText(englishI18n.t, checkedMs, 4, checkedMs)).toMatch(/^Last checked on .*2026; next check in 4 weeks\.$/)
    expect(lastCheckedText(englishI18n.t, checkedMs, 4, checkedMs + 14 * dayMs)).toMatch(/next check in 2 weeks\.$/)
  })

  it('counts days in the last week and says when a re-check is due', () => {
    expect(lastCheckedText(englishI18n.t, checkedMs, 1, checkedMs + 5 * dayMs)).toMatch(/next check in 2 days\.$/)
    expect(lastCheckedText(englishI18n.t, checkedMs, 1, checkedMs + 6.5 * dayMs)).toMatch(/next check in 1 day\.$/)
    expect(lastCheckedText(englishI18n.t, checkedMs, 2, checkedMs + 20 * dayMs)).toMatch(/a re-check is due now\.$/)
  })
})
