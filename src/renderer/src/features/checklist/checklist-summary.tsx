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

function count(value: number, one: string, many: string): string {
  return `${value} ${value === 1 ? one : many}`
}

/** The score, what needs fixing (most useful first), and when the desk was last checked. */
export function ChecklistSummary({ items, checklist, recheckWeeks, nowMs, onJumpTo, actions }: ChecklistSummaryProps) {
  const score = scoreChecklist(items, checklist.answers)
  const toFix = itemsNeedingFixes(items, checklist.answers)
  const details = [
    score.fix > 0 ? count(score.fix, 'needs fixing', 'need fixing') : null,
    score.na > 0 ? `${score.na} not applicable` : null,
    score.unanswered > 0 ? `${score.unanswered} not answered yet` : null
  ].filter((part) => part !== null)

  return (
    <section className="card checklist-summary" aria-labelledby="checklist-score-heading">
      <div className="checklist-score">
        <h2 id="checklist-score-heading" className="visually-hidden">
          Your score
        </h2>
        <p className="status-big" data-testid="checklist-score">
          {scoreText(score)}
        </p>
        {details.length > 0 ? <p className="muted">{details.join(' · ')}</p> : null}
      </div>
      {toFix.length > 0 ? (
        <div className="checklist-to-fix">
          <h3>To fix</h3>
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
          ? 'Not checked yet. Answer the items, then press “Finish check”.'
          : recheckWeeks === null
            ? ''
            : lastCheckedText(checklist.lastCompletedAtMs, recheckWeeks, nowMs)}
      </p>
      <div className="checklist-summary-actions">{actions}</div>
    </section>
  )
}
