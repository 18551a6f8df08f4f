import type { TFunction } from 'i18next'
import type { Content } from '../content/localize'
import type { NotificationText } from '../content/schema'
import { durationWords, hoursAndMinutesText, minutesText } from '../countdown'

/**
 * The words of the system notifications, shared by Electron's (src/main/electron/notifications.ts)
 * and the harness's in-page ones, so both say the same thing in the same language.
 */

/** The posture cue's text for the `cueNumber`th cue: the variants rotate so they stay noticeable. */
export function postureCueText(content: Content, cueNumber: number): NotificationText | undefined {
  const texts = content.postureCueTexts
  return texts[cueNumber % texts.length]
}

/** "Break in 30 seconds"; `clickToStart` where the notification has no buttons and a click starts it. */
export function breakWarningText(t: TFunction, dueInSeconds: number, clickToStart: boolean): { title: string; body: string } {
  return {
    title: t('notifications.warningTitle', { duration: durationWords(t, dueInSeconds) }),
    body: clickToStart ? t('notifications.warningBodyClick') : t('notifications.warningBody')
  }
}

/** A gentle (notification-only) break; `clickForRoutine` where a click opens the guided routine. */
export function gentleBreakText(t: TFunction, durationSeconds: number | null, clickForRoutine: boolean): { title: string; body: string } {
  return {
    title:
      durationSeconds === null
        ? t('notifications.gentleTitle')
        : t('notifications.gentleTitleLength', {
            duration: durationSeconds < 120 ? durationWords(t, durationSeconds) : minutesText(t, durationSeconds)
          }),
    body: clickForRoutine ? t('notifications.gentleBodyClick') : t('notifications.gentleBody')
  }
}

/** What a gentle break's notification offers, by name: each platform maps a press by its name. */
export type GentleBreakAction = 'break-open' | 'break-postpone' | 'break-skip'

/**
 * A gentle break's buttons, the same in Electron and the harness: open the routine, and
 * Postpone and Skip where the break allows them.
 */
export function gentleBreakActions(t: TFunction, allowed: { canPostpone: boolean; canSkip: boolean }): { action: GentleBreakAction; label: string }[] {
  return [
    { action: 'break-open', label: t('notifications.openBreak') },
    ...(allowed.canPostpone ? [{ action: 'break-postpone' as const, label: t('notifications.postpone') }] : []),
    ...(allowed.canSkip ? [{ action: 'break-skip' as const, label: t('notifications.skip') }] : [])
  ]
}

/**
 * The daily-limit reminder (DESIGN.md §3): it asks nothing; the limit interrupts nothing.
 */
export function dailyLimitText(t: TFunction, event: { activeMinutes: number; limitMinutes: number }): { title: string; body: string } {
  const over = event.activeMinutes - event.limitMinutes
  const limit = hoursAndMinutesText(t, event.limitMinutes)
  return {
    title: t('notifications.dailyLimitTitle', { duration: hoursAndMinutesText(t, event.activeMinutes) }),
    body: over >= 1 ? t('notifications.dailyLimitOver', { over: hoursAndMinutesText(t, over), limit }) : t('notifications.dailyLimitReached', { limit })
  }
}
