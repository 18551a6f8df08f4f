import type { EngineEvent } from '@shared/engine-state'
import type { Content } from '@shared/content/localize'
import { durationWords } from '@shared/countdown'

/** What an in-page notification offers; each maps to the OS notification's button of the same name. */
export type NotificationAction = 'posture-done' | 'posture-dismiss' | 'break-start' | 'break-postpone-next' | 'break-open' | 'break-postpone' | 'break-skip'

export interface PageNotification {
  /** One of each kind at a time, as the OS notifications replace their own. */
  kind: 'posture' | 'warning' | 'gentle'
  title: string
  body: string
  actions: readonly { action: NotificationAction; label: string }[]
}

export type NotificationList = readonly PageNotification[]

function without(list: NotificationList, ...kinds: PageNotification['kind'][]): NotificationList {
  return list.filter((item) => !kinds.includes(item.kind))
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
  content: Content
): NotificationList {
  switch (event.kind) {
    case 'posture': {
      const { eyeCue, postureCueTexts } = content
      const text = postureCueTexts[cueNumber % postureCueTexts.length] ?? postureCueTexts[0]
      if (!text) return list
      return [
        ...without(list, 'posture'),
        {
          kind: 'posture',
          title: text.title,
          // The cue is a micro-pause for body and eyes (20-20-20).
          body: `${text.body} ${eyeCue.body}`,
          actions: [
            { action: 'posture-done', label: 'Done' },
            { action: 'posture-dismiss', label: 'Dismiss' }
          ]
        }
      ]
    }
    case 'postureResponse':
      return without(list, 'posture')
    case 'breakWarning':
      return [
        ...without(list, 'warning'),
        {
          kind: 'warning',
          title: `Break in ${durationWords(event.dueInSeconds)}`,
          body: 'Finish what you are doing; the break starts on its own.',
          actions: [
            { action: 'break-start', label: 'Start now' },
            ...(canPostponeWarned ? [{ action: 'break-postpone-next' as const, label: 'Postpone' }] : [])
          ]
        }
      ]
    case 'break':
      if (event.level !== 'gentle') return without(list, 'warning')
      return [
        ...without(list, 'warning', 'gentle'),
        {
          kind: 'gentle',
          title: 'Time for a break',
          body: 'Stand up, stretch, and rest your eyes on something far away.',
          actions: [
            { action: 'break-open', label: 'Open the break' },
            ...(event.canPostpone ? [{ action: 'break-postpone' as const, label: 'Postpone' }] : []),
            ...(event.canSkip ? [{ action: 'break-skip' as const, label: 'Skip' }] : [])
          ]
        }
      ]
    case 'breakEnded':
      return without(list, 'gentle', 'warning')
    case 'natural':
    case 'paused':
      return without(list, 'warning')
    case 'resumed':
    case 'stateChanged':
      return list
  }
}
