import { Notification } from 'electron'
import type { i18n } from 'i18next'
import { type Schedule, scheduleWithTimeout } from './schedule'

const dayMs = 24 * 60 * 60 * 1000

export interface ChecklistReminderDeps {
  /** The app's words, read when the reminder shows. */
  i18n: i18n
  /** When the re-check falls due, or null (no pass finished yet: the first run offers one). */
  dueAtMs(): number | null
  nowMs(): number
  /**
   * Checklist finished, the interval changed, or the machine woke (timers stop while it
   * sleeps, so the due timer must be set again): the due moment may have moved.
   */
  onDueChange(listener: () => void): () => void
  openChecklist(): void
  schedule?: Schedule
}

/**
 * The periodic workstation re-check (every settings.checklist.recheckWeeks): one timer set for
 * the due moment, then a quiet notification that opens the checklist, repeated at most once a
 * day until the user finishes a pass. The tray menu marks it too.
 */
export function setupChecklistReminder(deps: ChecklistReminderDeps): () => void {
  const schedule = deps.schedule ?? scheduleWithTimeout
  let cancel: (() => void) | null = null
  // Electron holds notifications weakly: without a reference a later click can be lost.
  let shown: Notification | null = null

  const notify = (): void => {
    if (!Notification.isSupported()) return
    const notification = new Notification({
      title: deps.i18n.t('main.recheckTitle'),
      body: deps.i18n.t('main.recheckBody', { minutes: 3 }),
      silent: true
    })
    notification.on('click', () => {
      shown = null
      deps.openChecklist()
    })
    notification.on('close', () => {
      if (shown === notification) shown = null
    })
    shown = notification
    notification.show()
  }

  const arm = (): void => {
    cancel?.()
    cancel = null
    const due = deps.dueAtMs()
    if (due === null) return
    const delayMs = due - deps.nowMs()
    if (delayMs > 0) {
      cancel = schedule(delayMs, arm)
      return
    }
    notify()
    cancel = schedule(dayMs, arm)
  }

  const stopListening = deps.onDueChange(arm)
  arm()
  return () => {
    stopListening()
    cancel?.()
    shown = null
  }
}
