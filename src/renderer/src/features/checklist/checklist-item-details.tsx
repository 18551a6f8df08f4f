import type { ChecklistItem } from '@shared/content/schema'

/** What to check, why it matters and how to fix it. */
export function ChecklistItemDetails({ item }: { item: ChecklistItem }) {
  return (
    <dl className="checklist-details">
      <div>
        <dt>Check</dt>
        <dd>{item.check}</dd>
      </div>
      <div>
        <dt>Why</dt>
        <dd>{item.why}</dd>
      </div>
      <div>
        <dt>How to fix</dt>
        <dd>{item.fix}</dd>
      </div>
    </dl>
  )
}
