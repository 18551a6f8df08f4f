import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { contentIn } from '@shared/i18n/content-words'
import { api } from '../../lib/api'
import { rendererI18n } from '../../lib/i18n'
import { openBreakPage } from './open-break-page'
import {
  applyEngineEvent,
  recheckNotification,
  watchCueNotification,
  withNotification,
  type NotificationAction,
  type NotificationList,
  type PageNotification
} from './harness-notifications'
import './notifications.css'
import { errorMessage } from '@shared/error-message'

async function perform(action: NotificationAction): Promise<void> {
  switch (action) {
    case 'posture-done':
      return api.posture.respond({ response: 'done' }).then(() => undefined)
    case 'posture-dismiss':
      return api.posture.respond({ response: 'ignore' }).then(() => undefined)
    case 'break-start':
      return api.break.start().then(() => undefined)
    case 'break-postpone-next':
      return api.break.postponeFromWarning().then(() => undefined)
    case 'break-open':
      openBreakPage()
      return
    case 'break-postpone':
      return api.break.respond({ response: 'postpone' }).then(() => undefined)
    case 'break-skip':
      return api.break.respond({ response: 'skip' }).then(() => undefined)
    case 'recheck-open':
      window.location.hash = '#/checklist'
      return
    case 'daily-limit-close':
    case 'watch-close':
      return
  }
}

/** What stays on screen after an action that has no engine event of its own to clear it. */
const settledBy: Partial<Record<NotificationAction, 'notifications.breakPostponed'>> = {
  'break-postpone-next': 'notifications.breakPostponed'
}

/**
 * The web harness's system notifications: posture cues, break warnings, gentle breaks, the
 * daily limit, the re-check reminder and the posture watch's cues,
 * drawn in the page with the buttons the OS notifications have, so every flow can be tried
 * (and tested) in a browser. Electron shows real notifications and never mounts this.
 */
export function NotificationTray() {
  const { t } = useTranslation()
  const [list, setList] = useState<NotificationList>([])
  const [note, setNote] = useState<{ kind: PageNotification['kind']; text: string } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const cueNumber = useRef(0)
  const canPostpone = useRef(false)
  // The posture texts come with the content data, loaded apart so the shell's bundle stays small.
  const contentOf = useRef<typeof contentIn | null>(null)

  useEffect(() => {
    // Its English too: the main window's start goes without the health content's words.
    void Promise.all([import('@shared/i18n/content-words'), import('../../lib/english-content')]).then(([module]) => {
      contentOf.current = module.contentIn
    })
    const stopState = api.on('engine:state', (state) => {
      canPostpone.current = state.canPostpone
    })
    const stopEvents = api.on('engine:event', (event) => {
      // The postpone from a warning ends that break at once ("postponed, from its warning"); its
      // event may come after the answer that put the note up, and must not take the note down.
      const fromThisWarning = event.kind === 'breakEnded' && event.outcome === 'postponed' && event.fromWarning
      if (event.kind === 'breakWarning' || (event.kind === 'breakEnded' && !fromThisWarning)) setNote(null)
      const content = contentOf.current?.(rendererI18n) ?? null
      setList((current) => applyEngineEvent(current, event, cueNumber.current, canPostpone.current, { t: rendererI18n.t, content }))
      // The texts rotate through the cues shown, as in the desktop app.
      if (event.kind === 'posture' && !event.silent) cueNumber.current += 1
    })
    const stopWatchCues = api.on('postureWatch:cue', (cue) => {
      const reason = cue.reasons[0]
      if (reason !== undefined) setList((current) => withNotification(current, watchCueNotification(rendererI18n.t, reason)))
    })
    // Electron reminds of a due re-check by a notification; here it shows when the page opens,
    // and goes once a finished pass makes it no longer due.
    const showRecheckIfDue = (): void => {
      api.checklist.recheckDue().then(
        (due) => {
          setList((current) => (due ? withNotification(current, recheckNotification(rendererI18n.t)) : current.filter((item) => item.kind !== 'recheck')))
        },
        () => undefined
      )
    }
    showRecheckIfDue()
    const stopChecklist = api.on('checklist:changed', showRecheckIfDue)
    return () => {
      stopState()
      stopEvents()
      stopWatchCues()
      stopChecklist()
    }
  }, [])

  const act = (item: PageNotification, action: NotificationAction): void => {
    setError(null)
    perform(action).then(
      () => {
        const settled = settledBy[action]
        if (settled) setNote({ kind: item.kind, text: rendererI18n.t(settled) })
        setList((current) => current.filter((shown) => shown !== item))
      },
      (reason: unknown) => {
        setError(errorMessage(reason))
      }
    )
  }

  return (
    <div className="page-notifications" role="region" aria-label={t('notifications.region')} aria-live="polite">
      {list.map((item) => (
        <section key={item.kind} className={`page-notification page-notification-${item.kind}`} aria-label={item.title} data-kind={item.kind}>
          <h2>{item.title}</h2>
          <p>{item.body}</p>
          <div className="row">
            {item.actions.map(({ action, label }, index) => (
              <button key={action} type="button" className={index === 0 ? 'primary' : undefined} onClick={() => act(item, action)}>
                {label}
              </button>
            ))}
          </div>
        </section>
      ))}
      {note ? (
        <p className="page-notification page-notification-note" role="status">
          {note.text}
        </p>
      ) : null}
      {error ? (
        <p className="page-notification error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}
