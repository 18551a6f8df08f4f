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
export function scoreText(score: ChecklistScore): string {
  return `${score.ok} of ${score.applicable} OK`
}

export function itemsNeedingFixes(items: readonly ChecklistItem[], answers: Answers): ChecklistItem[] {
  return items.filter((item) => answers[item.id] === 'fix')
}

/** The choices offered for an item; "not applicable" only where the content says it may not apply. */
export function answerChoices(item: ChecklistItem): { status: ChecklistStatus; label: string }[] {
  const choices: { status: ChecklistStatus; label: string }[] = [
    { status: 'ok', label: 'OK' },
    { status: 'fix', label: 'Needs fixing' }
  ]
  if (item.mayNotApply) choices.push({ status: 'na', label: 'Not applicable' })
  return choices
}

const dayMs = 24 * 60 * 60 * 1000
const weekMs = 7 * dayMs

/** "Last checked on 3 March 2026; next check in 4 weeks." */
/** A check is recorded and its re-check is not due yet. */
export function isCheckCurrent(lastCompletedAtMs: number | null, recheckWeeks: number | null, nowMs: number): boolean {
  return lastCompletedAtMs !== null && recheckWeeks !== null && lastCompletedAtMs + recheckWeeks * weekMs > nowMs
}

export function lastCheckedText(lastCompletedAtMs: number, recheckWeeks: number, nowMs: number): string {
  const checkedOn = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(lastCompletedAtMs)
  const leftMs = lastCompletedAtMs + recheckWeeks * weekMs - nowMs
  let next: string
  if (leftMs <= 0) next = 'a re-check is due now'
  else if (leftMs < weekMs) {
    const days = Math.ceil(leftMs / dayMs)
    next = `next check in ${days} ${days === 1 ? 'day' : 'days'}`
  } else {
    const weeks = Math.round(leftMs / weekMs)
    next = `next check in ${weeks} ${weeks === 1 ? 'week' : 'weeks'}`
  }
  return `Last checked on ${checkedOn}; ${next}.`
}
