import { useTranslation } from 'react-i18next'
import { useEffect, useRef, useState } from 'react'
import type { ChecklistState, ChecklistStatus } from '@shared/app-state'
import type { ChecklistItem } from '@shared/content/schema'
import { ChecklistAnswer } from './checklist-answer'
import { ChecklistItemDetails } from './checklist-item-details'

export interface ChecklistWalkthroughProps {
  items: readonly ChecklistItem[]
  checklist: ChecklistState
  onAnswer: (id: string, status: ChecklistStatus) => void
  onFinish: () => void
  onLeave: () => void
  busy: boolean
}

/** The first-run guided mode: one item at a time, ending with "Finish check". */
export function ChecklistWalkthrough({ items, checklist, onAnswer, onFinish, onLeave, busy }: ChecklistWalkthroughProps) {
  const [index, setIndex] = useState(0)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const { t } = useTranslation()
  const movedRef = useRef(false)
  const item = items[index]

  // Each step lands focus on its title so keyboard and screen-reader users start at the new item.
  useEffect(() => {
    if (movedRef.current) headingRef.current?.focus()
  }, [index])

  if (item === undefined) return null
  const isLast = index === items.length - 1
  const go = (next: number): void => {
    movedRef.current = true
    setIndex(next)
  }

  return (
    <section className="card walkthrough" aria-labelledby="walkthrough-title">
      <div className="walkthrough-top">
        <p className="walkthrough-progress">
          {t('checklist.walkthrough.position', { number: index + 1, count: items.length })}
        </p>
        <button type="button" className="link-button" onClick={onLeave}>
          {t('checklist.walkthrough.showAll')}
        </button>
      </div>
      <progress className="walkthrough-bar" max={items.length} value={index + 1} aria-label={t('checklist.walkthrough.progress')} />
      <h2 id="walkthrough-title" ref={headingRef} tabIndex={-1}>
        {item.title}
      </h2>
      <ChecklistItemDetails item={item} />
      <ChecklistAnswer
        key={item.id}
        item={item}
        status={checklist.answers[item.id]}
        onAnswer={(status) => {
          onAnswer(item.id, status)
        }}
      />
      <div className="row walkthrough-nav">
        <button
          type="button"
          disabled={index === 0}
          onClick={() => {
            go(index - 1)
          }}
        >
          {t('checklist.walkthrough.back')}
        </button>
        {isLast ? (
          <button type="button" className="primary" disabled={busy} onClick={onFinish}>
            {t('checklist.walkthrough.finish')}
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            onClick={() => {
              go(index + 1)
            }}
          >
            {t('checklist.walkthrough.next')}
          </button>
        )}
      </div>
    </section>
  )
}
