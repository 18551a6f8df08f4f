import { useTranslation } from 'react-i18next'
import type { ChecklistItem } from '@shared/content/schema'

/** What to check, why it matters and how to fix it. */
export function ChecklistItemDetails({ item }: { item: ChecklistItem }) {
  const { t } = useTranslation()
  return (
    <dl className="checklist-details">
      <div>
        <dt>{t('checklist.details.check')}</dt>
        <dd>{item.check}</dd>
      </div>
      <div>
        <dt>{t('checklist.details.why')}</dt>
        <dd>{item.why}</dd>
      </div>
      <div>
        <dt>{t('checklist.details.fix')}</dt>
        <dd>{item.fix}</dd>
      </div>
    </dl>
  )
}
