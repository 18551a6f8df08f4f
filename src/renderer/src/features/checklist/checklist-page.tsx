import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChecklistGroup } from '@shared/content/schema'
import { PageHeader } from '../../components/page-header'
import { useContent } from '../../lib/use-content'
// This page shows health content: its English comes with the page, not with the main window's start.
import '../../lib/english-content'
import { useSettings } from '../../lib/use-settings'
import { ChecklistItemCard, checklistItemElementId } from './checklist-item-card'
import { isCheckCurrent } from './checklist-score'
import { ChecklistSummary } from './checklist-summary'
import { ChecklistWalkthrough } from './checklist-walkthrough'
import { useChecklist } from './use-checklist'
import './checklist.css'

const groups: readonly ChecklistGroup[] = ['screen', 'chair', 'desk', 'habits']

export default function ChecklistPage() {
  const { t } = useTranslation()
  const { checklistItems } = useContent()
  const { checklist, onboarding, error, answer, complete, dismissWalkthrough } = useChecklist()
  const { settings } = useSettings()
  const [guided, setGuided] = useState(false)
  const [busy, setBusy] = useState(false)
  const [nowMs, setNowMs] = useState(() => Date.now())
  const [finishedHere, setFinishedHere] = useState(false)

  const finish = async (): Promise<void> => {
    setBusy(true)
    const done = await complete()
    setBusy(false)
    if (!done) return
    setNowMs(Date.now())
    setGuided(false)
    setFinishedHere(true)
  }

  const jumpTo = (itemId: string): void => {
    document.getElementById(`${checklistItemElementId(itemId)}-title`)?.focus()
  }

  const offerWalkthrough = onboarding !== null && !onboarding.checklistWalkthroughDone && !guided
  // Finished: a pass is recorded and its re-check is not due yet (or it was just finished here).
  const finished = finishedHere || isCheckCurrent(checklist?.lastCompletedAtMs ?? null, settings?.checklist.recheckWeeks ?? null, nowMs)

  return (
    <>
      <PageHeader title={t('checklist.title')}>{t('checklist.intro', { count: checklistItems.length })}</PageHeader>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {checklist === null ? <p className="muted">{t('checklist.loading')}</p> : null}
      {checklist !== null && offerWalkthrough ? (
        <section className="card walkthrough-offer" aria-labelledby="walkthrough-offer-heading">
          <h2 id="walkthrough-offer-heading">{t('checklist.offer.heading')}</h2>
          <p>{t('checklist.offer.text')}</p>
          <div className="row">
            <button
              type="button"
              className="primary"
              onClick={() => {
                setGuided(true)
              }}
            >
              {t('checklist.offer.start')}
            </button>
            <button type="button" onClick={() => void dismissWalkthrough()}>
              {t('checklist.offer.showAll')}
            </button>
          </div>
        </section>
      ) : null}
      {checklist !== null && guided ? (
        <ChecklistWalkthrough
          items={checklistItems}
          checklist={checklist}
          busy={busy}
          onAnswer={(id, status) => void answer(id, status)}
          onFinish={() => void finish()}
          onLeave={() => {
            setGuided(false)
            void dismissWalkthrough()
          }}
        />
      ) : null}
      {checklist !== null && !guided ? (
        <>
          <ChecklistSummary
            items={checklistItems}
            checklist={checklist}
            recheckWeeks={settings?.checklist.recheckWeeks ?? null}
            nowMs={nowMs}
            onJumpTo={jumpTo}
            actions={
              <FinishRow busy={busy} finished={finished} onFinish={() => void finish()} onGuide={offerWalkthrough ? null : () => setGuided(true)} />
            }
          />
          {groups.map((group) => (
            <section key={group} className="checklist-group" aria-labelledby={`group-${group}`}>
              <h2 id={`group-${group}`}>{t(`checklist.groups.${group}`)}</h2>
              {checklistItems
                .filter((item) => item.group === group)
                .map((item) => (
                  <ChecklistItemCard
                    key={item.id}
                    item={item}
                    status={checklist.answers[item.id]}
                    onAnswer={(status) => void answer(item.id, status)}
                  />
                ))}
            </section>
          ))}
          <div className="checklist-foot">
            <FinishRow busy={busy} finished={finished} onFinish={() => void finish()} onGuide={null} />
            {/* The summary's status region announces it; this repeats it where the button is. */}
            {finishedHere ? <p className="muted">{t('checklist.finishedSaved')}</p> : null}
          </div>
        </>
      ) : null}
    </>
  )
}

interface FinishRowProps {
  busy: boolean
  /** A check is recorded and not due again: say so, and offer recording a new one. */
  finished: boolean
  onFinish: () => void
  onGuide: (() => void) | null
}

function FinishRow({ busy, finished, onFinish, onGuide }: FinishRowProps) {
  const { t } = useTranslation()
  return (
    <div className="row">
      {finished ? (
        <>
          <span className="pill checklist-finished">{t('checklist.finished')}</span>
          <button type="button" disabled={busy} onClick={onFinish}>
            {t('checklist.saveAsNew')}
          </button>
        </>
      ) : (
        <button type="button" className="primary" disabled={busy} onClick={onFinish}>
          {t('checklist.finish')}
        </button>
      )}
      {onGuide ? (
        <button type="button" onClick={onGuide}>
          {t('checklist.oneAtATime')}
        </button>
      ) : null}
    </div>
  )
}
