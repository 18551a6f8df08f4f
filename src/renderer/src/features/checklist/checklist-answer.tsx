import { Trans, useTranslation } from 'react-i18next'
import type { ChecklistStatus } from '@shared/app-state'
import type { ChecklistItem } from '@shared/content/schema'
import { answerChoices } from './checklist-score'

export interface ChecklistAnswerProps {
  item: ChecklistItem
  status: ChecklistStatus | undefined
  onAnswer: (status: ChecklistStatus) => void
}

/** One radio group per item: arrow keys move between the answers, as in any radio group. */
export function ChecklistAnswer({ item, status, onAnswer }: ChecklistAnswerProps) {
  const { t } = useTranslation()
  return (
    <fieldset className="checklist-answer">
      <legend>
        <Trans i18nKey="checklist.yourAnswer" values={{ title: item.title }} components={{ hidden: <span className="visually-hidden" /> }} />
      </legend>
      <div className="checklist-answer-options">
        {answerChoices(item).map((choice) => (
          <label key={choice.status} className={`answer-choice answer-${choice.status}`}>
            <input
              type="radio"
              name={`answer-${item.id}`}
              value={choice.status}
              checked={status === choice.status}
              onChange={() => {
                onAnswer(choice.status)
              }}
            />
            {t(`checklist.status.${choice.status}`)}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
