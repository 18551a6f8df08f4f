import type { EngineEvent } from '@shared/engine-state'
import type { TFunction } from 'i18next'
import type { Content } from '@shared/content/localize'
import type { SlouchReason } from '@shared/posture-watch'
import { watchCueText } from '@shared/i18n/watch-cue-text'
import { breakWarningText, dailyLimitText, gentleBreakActions, gentleBreakText, postureCueText, type GentleBreakAction } from '@shared/i18n/notification-texts'

/** What an in-page notification offers; each maps to the OS notification's button of the same name. */
export type NotificationAction =
  | 'posture-done'
  | 'posture-dismiss'
  | 'break-start'
  | 'break-postpone-next'
  | GentleBreakAction
  | 'daily-limit-close'
  | 'recheck-open'
  | 'watch-close'

export interface PageNotification {
  /** One of each kind at a time, as the OS notifications replace their own. */
  kind: 'posture' | 'warning' | 'gentle' | 'dailyLimit' | 'recheck' | 'watch'
  title: string
  body: string
  actions: readonly { action: NotificationAction; label: string }[]
}

export type NotificationList = readonly PageNotification[]

function without(list: NotificationList, ...kinds: PageNotification['kind'][]): NotificationList {
  return list.filter((item) => !kinds.includes(item.kind))
}

/** Shows `item` in place of any shown notification of its kind. */
export function withNotification(list: NotificationList, item: PageNotification): NotificationList {
  return [...without(list, item.kind), item]
}

/** The workstation re-check reminder: Electron's notification opens the checklist when clicked. */
export function recheckNotification(t: TFunction): PageNotification {
  return {
    kind: 'recheck',
    title: t('main.recheckTitle'),
    body: t('main.recheckBody', { minutes: 3 }),
    actions: [{ action: 'recheck-open', label: t('notifications.openChecklist') }]
  }
}

/** A posture-watch cue: Electron's notification asks nothing, so closing it is all there is. */
export function watchCueNotification(t: TFunction, reason: SlouchReason): PageNotification {
  return { kind: 'watch', title: t('main.postureWatchTitle'), body: watchCueText(t, reason), actions: [{ action: 'watch-close', label: t('notifications.close') }] }
}

/**
 * How the list of shown notifications changes with an engine event: the same rules as
 * Electron's system notifications (src/main/electron/notifications.ts), so the harness tests
 * the flows a user meets there. `cueNumber` rotates the posture texts of `content`.
 */
export function applyEngineEvent(
  list: NotificationList,
  event: EngineEvent,
  cueNumber: number,
  canPostponeWarned: boolean,
  /** `content` is null until the content data has loaded: a posture cue then shows nothing. */
  words: { t: TFunction; content: Content | null }
): NotificationList {
  const { t, content } = words
  switch (event.kind) {
    case 'posture': {
      // Busy (a call, a shared screen): counted as silent and not shown, as in the desktop app.
      if (event.silent) return without(list, 'posture')
      if (content === null) return list
      const text = postureCueText(content, cueNumber)
      if (!text) return list
      return [
        ...without(list, 'posture'),
        {
          kind: 'posture',
          // The same text as Electron's notification: each cue is already a 20-20-20 micro-pause.
          title: text.title,
          body: text.body,
          actions: [
            { action: 'posture-done', label: t('notifications.postureDone') },
            { action: 'posture-dismiss', label: t('notifications.postureDismiss') }
          ]
        }
      ]
    }
    case 'postureResponse':
      return without(list, 'posture')
    case 'breakWarning':
      // Busy (a call, a shared screen): not shown, as in the desktop app.
      if (event.silent) return without(list, 'warning')
      return [
        ...without(list, 'warning'),
        {
          kind: 'warning',
          ...breakWarningText(t, event.dueInSeconds, false),
          actions: [
            { action: 'break-start', label: t('notifications.startNow') },
            ...(canPostponeWarned ? [{ action: 'break-postpone-next' as const, label: t('notifications.postpone') }] : [])
          ]
        }
      ]
    case 'break':
      if (event.level !== 'gentle') return without(list, 'warning')
      return [
        ...without(list, 'warning', 'gentle'),
        {
          kind: 'gentle',
          ...gentleBreakText(t, null, false),
          actions: gentleBreakActions(t, event)
        }
      ]
    case 'breakEnded':
      return without(list, 'gentle', 'warning')
    case 'dailyLimit':
      // The OS notice has no buttons; closing it is all the page's copy offers.
      return [
        ...without(list, 'dailyLimit'),
        { kind: 'dailyLimit', ...dailyLimitText(t, event), actions: [{ action: 'daily-limit-close', label: t('notifications.close') }] }
      ]
    case 'natural':
    case 'paused':
      return without(list, 'warning')
    case 'resumed':
    case 'stateChanged':
      return list
  }
}
