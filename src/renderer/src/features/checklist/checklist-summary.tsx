import { useTranslation } from 'react-i18next'
import type { ReactNode } from 'react'
import type { ChecklistState } from '@shared/app-state'
import type { ChecklistItem } from '@shared/content/schema'
import { itemsNeedingFixes, lastCheckedText, scoreChecklist, scoreText } from './checklist-score'

export interface ChecklistSummaryProps {
  items: readonly ChecklistItem[]
  checklist: ChecklistState
  recheckWeeks: number | null
  nowMs: number
  onJumpTo: (itemId: string) => void
  /** Finish and guided-mode buttons, at the foot of the card. */
  actions: ReactNode
}

/** The score, what needs fixing (most useful first), and when the desk was last checked. */
export function ChecklistSummary({ items, checklist, recheckWeeks, nowMs, onJumpTo, actions }: ChecklistSummaryProps) {
  const { t } = useTranslation()
  const score = scoreChecklist(items, checklist.answers)
  const toFix = itemsNeedingFixes(items, checklist.answers)
  const details = [
    score.fix > 0 ? t('checklist.needFixing', { count: score.fix }) : null,
    score.na > 0 ? t('checklist.notApplicable', { count: score.na }) : null,
    score.unanswered > 0 ? t('checklist.notAnswered', { count: score.unanswered }) : null
  ].filter((part) => part !== null)

  return (
    <section className="card checklist-summary" aria-labelledby="checklist-score-heading">
      <div className="checklist-score">
        <h2 id="checklist-score-heading" className="visually-hidden">
          {t('checklist.yourScore')}
        </h2>
        <p className="status-big" data-testid="checklist-score">
          {scoreText(t, score)}
        </p>
        {details.length > 0 ? <p className="muted">{details.join(' · ')}</p> : null}
      </div>
      {toFix.length > 0 ? (
        <div className="checklist-to-fix">
          <h3>{t('checklist.toFix')}</h3>
          <ul>
            {toFix.map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    onJumpTo(item.id)
                  }}
                >
                  {item.title}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p role="status" className="checklist-last-checked">
        {checklist.lastCompletedAtMs === null
          ? t('checklist.notChecked')
          : recheckWeeks === null
            ? ''
            : lastCheckedText(t, checklist.lastCompletedAtMs, recheckWeeks, nowMs)}
      </p>
      <div className="checklist-summary-actions">{actions}</div>
    </section>
  )
}
