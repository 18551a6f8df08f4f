import { useTranslation } from 'react-i18next'
import type { ChecklistStatus } from '@shared/app-state'
import type { ChecklistItem } from '@shared/content/schema'
import { ChecklistAnswer } from './checklist-answer'
import { ChecklistItemDetails } from './checklist-item-details'

export interface ChecklistItemCardProps {
  item: ChecklistItem
  status: ChecklistStatus | undefined
  onAnswer: (status: ChecklistStatus) => void
}

export function checklistItemElementId(itemId: string): string {
  return `check-${itemId}`
}

export function ChecklistItemCard({ item, status, onAnswer }: ChecklistItemCardProps) {
  const { t } = useTranslation()
  const id = checklistItemElementId(item.id)
  return (
    <article className={`checklist-item${status ? ` is-${status}` : ''}`} aria-labelledby={`${id}-title`}>
      <div className="checklist-item-head">
        <h3 id={`${id}-title`} tabIndex={-1}>
          {item.title}
        </h3>
        {status ? (
          <span className={`pill status-pill status-${status}`} aria-hidden="true">
            {t(`checklist.status.${status}`)}
          </span>
        ) : null}
      </div>
      <ChecklistItemDetails item={item} />
      <ChecklistAnswer item={item} status={status} onAnswer={onAnswer} />
    </article>
  )
}
