import type { TFunction } from 'i18next'
import type { ChecklistState, ChecklistStatus } from '@shared/app-state'
import type { ChecklistItem } from '@shared/content/schema'

export type Answers = ChecklistState['answers']

export interface ChecklistScore {
  ok: number
  fix: number
  na: number
  unanswered: number
  /** Items that apply: everything not marked "not applicable". */
  applicable: number
}

export function scoreChecklist(items: readonly ChecklistItem[], answers: Answers): ChecklistScore {
  const score: ChecklistScore = { ok: 0, fix: 0, na: 0, unanswered: 0, applicable: 0 }
  for (const item of items) {
    const status = answers[item.id]
    if (status === undefined) score.unanswered += 1
    else score[status] += 1
  }
  score.applicable = items.length - score.na
  return score
}

/** "11 of 14 OK": not-applicable items leave the count altogether. */
export function scoreText(t: TFunction, score: ChecklistScore): string {
  return t('checklist.score', { ok: score.ok, count: score.applicable })
}

export function itemsNeedingFixes(items: readonly ChecklistItem[], answers: Answers): ChecklistItem[] {
  return items.filter((item) => answers[item.id] === 'fix')
}

/** The choices offered for an item; "not applicable" only where the content says it may not apply. */
export function answerChoices(item: ChecklistItem): { status: ChecklistStatus }[] {
  const choices: { status: ChecklistStatus }[] = [{ status: 'ok' }, { status: 'fix' }]
  if (item.mayNotApply) choices.push({ status: 'na' })
  return choices
}

const dayMs = 24 * 60 * 60 * 1000
const weekMs = 7 * dayMs

/** "Last checked on 3 March 2026; next check in 4 weeks." */
/** A check is recorded and its re-check is not due yet. */
export function isCheckCurrent(lastCompletedAtMs: number | null, recheckWeeks: number | null, nowMs: number): boolean {
  return lastCompletedAtMs !== null && recheckWeeks !== null && lastCompletedAtMs + recheckWeeks * weekMs > nowMs
}

export function lastCheckedText(t: TFunction, lastCompletedAtMs: number, recheckWeeks: number, nowMs: number): string {
  const date = t('time.date', { date: new Date(lastCompletedAtMs), formatParams: { date: { dateStyle: 'long' } } })
  const leftMs = lastCompletedAtMs + recheckWeeks * weekMs - nowMs
  let next: string
  if (leftMs <= 0) next = t('checklist.recheckDue')
  else if (leftMs < weekMs) next = t('checklist.nextInDays', { count: Math.ceil(leftMs / dayMs) })
  else next = t('checklist.nextInWeeks', { count: Math.round(leftMs / weekMs) })
  return t('checklist.lastChecked', { date, next })
}
