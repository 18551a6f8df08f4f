import { Notification, type NotificationAction } from 'electron'
import type { ReminderEngine } from '../../core/engine'
import type { EngineEvent, PostureResponse } from '../../shared/engine-state'
import type { Settings } from '../../shared/settings'
import type { i18n } from 'i18next'
import { contentIn } from '../../shared/i18n/content-words'
import { breakWarningText, dailyLimitText, gentleBreakActions, gentleBreakText, postureCueText } from '../../shared/i18n/notification-texts'

export interface PostureCard {
  open(onClosedByUser: () => void): void
  closeSoon(): void
  close(): void
}

export interface NotificationDeps {
  onEngineEvent(listener: (event: EngineEvent) => void): () => void
  engine: Pick<ReminderEngine, 'getState' | 'startBreakNow' | 'respondToBreak' | 'respondToPosture' | 'postponeFromWarning'>
  settings(): Settings
  platform: NodeJS.Platform
  /** The app's words, in the language the user chose (switched live). */
  i18n: i18n
  postureCard: PostureCard
  /** Shows the break routine in a window (a gentle break's "Start"); closing it leaves the break running. */
  openBreakWindow(): void
  log?: (message: string) => void
}

interface Shown {
  notification: Notification
  /** Set before we close it ourselves: Windows reports our own close() as a 'close' too. */
  closingByUs: boolean
}

/**
 * System notifications: posture cues (rotating texts), break warnings and, at the gentle
 * level, the break itself. Buttons exist only where Electron offers them (macOS); elsewhere
 * a click does the main thing. Silent when the engine says so (busy) or sounds are off.
 * The engine emits nothing while paused, away or outside working hours, so nothing shows then.
 */
export function setupNotifications(deps: NotificationDeps): () => void {
  const log = deps.log ?? ((message: string) => console.warn(message))
  // Read at each notification, so a language switch applies to the next one.
  const t = deps.i18n.t
  const actionsSupported = deps.platform === 'darwin'
  let nextText = 0
  let posture: (Shown & { answered: boolean; cardOpen: boolean }) | null = null
  let warning: Shown | null = null
  let gentleBreak: Shown | null = null
  let dailyLimit: Shown | null = null
  let warnedUnsupported = false

  const supported = (): boolean => {
    if (Notification.isSupported()) return true
    if (!warnedUnsupported) log(t('notifications.unsupported'))
    warnedUnsupported = true
    return false
  }

  const silentFor = (eventSilent: boolean): boolean => eventSilent || !deps.settings().app.sounds

  const show = (options: { title: string; body: string; silent: boolean; actions?: NotificationAction[] }): Shown => {
    const notification = new Notification({
      title: options.title,
      body: options.body,
      silent: options.silent,
      ...(actionsSupported && options.actions ? { actions: options.actions } : {})
    })
    const shown: Shown = { notification, closingByUs: false }
    notification.show()
    return shown
  }

  const dismiss = (shown: Shown | null): void => {
    if (!shown) return
    shown.closingByUs = true
    shown.notification.close()
  }

  // ── posture cues ─────────────────────────────────────────────────────────────────────────

  const answerPosture = (cue: NonNullable<typeof posture>, response: PostureResponse): void => {
    if (cue.answered) return
    cue.answered = true
    deps.engine.respondToPosture(response)
  }

  const showPosture = (busySilenced: boolean): void => {
    // An earlier cue nobody answered is recorded as unanswered by the history; its card goes.
    dismiss(posture)
    deps.postureCard.close()
    posture = null
    // Busy (a call, a shared screen): the cue is counted as silent and not shown (the
    // "Silence posture cues" setting says "nothing pops up"); the harness does the same.
    if (busySilenced) return
    if (!supported()) return
    const text = postureCueText(contentIn(deps.i18n), nextText)
    nextText += 1
    if (!text) return
    const cue = { ...show({ title: text.title, body: text.body, silent: silentFor(false) }), answered: false, cardOpen: false }
    posture = cue
    cue.notification.on('click', () => {
      if (cue.answered || cue.cardOpen) return
      cue.cardOpen = true
      // The card answers Done or Not now. Closed without either, nothing was answered: the cue
      // stays pending and the history records it as unanswered at the next cue, break or quit.
      deps.postureCard.open(() => {
        cue.cardOpen = false
      })
    })
    cue.notification.on('close', (details) => {
      if (cue.closingByUs || cue.cardOpen) return
      // Only an explicit dismissal is "not now". Electron documents the reason on Windows only;
      // elsewhere it may be missing even when the notification merely expired, so a close
      // without 'userCanceled' is no answer and the cue stays pending.
      if (details.reason !== 'userCanceled') return
      answerPosture(cue, 'ignore')
    })
  }

  // ── break warning and gentle breaks ──────────────────────────────────────────────────────

  const showWarning = (dueInSeconds: number, busySilenced: boolean): void => {
    dismiss(warning)
    warning = null
    // Busy (a call, a shared screen): like a cue, the warning does not pop up; the break itself
    // waits for the call to end when the user asked for that, and comes after a quiet minute.
    if (busySilenced) return
    if (!supported()) return
    const canPostpone = deps.engine.getState().canPostpone
    const actions: NotificationAction[] = [{ type: 'button', text: t('notifications.startNow') }]
    if (canPostpone) actions.push({ type: 'button', text: t('notifications.postpone') })
    const shown = show({
      ...breakWarningText(t, dueInSeconds, !actionsSupported),
      silent: silentFor(false),
      actions
    })
    warning = shown
    shown.notification.on('click', () => {
      deps.engine.startBreakNow()
    })
    shown.notification.on('action', (details) => {
      if (details.actionIndex === 0) deps.engine.startBreakNow()
      // The engine postpones the announced break at once; no window opens for it.
      else if (details.actionIndex === 1) deps.engine.postponeFromWarning()
    })
  }

  const showGentleBreak = (event: Extract<EngineEvent, { kind: 'break' }>): void => {
    dismiss(gentleBreak)
    gentleBreak = null
    if (!Notification.isSupported()) {
      // A notification-only break that cannot notify would pass unseen: show the window.
      deps.openBreakWindow()
      return
    }
    // The harness offers the same buttons (gentleBreakActions); a press is mapped by name.
    const offered = gentleBreakActions(t, event)
    const shown = show({
      ...gentleBreakText(t, event.durationSeconds, !actionsSupported),
      silent: silentFor(false),
      actions: offered.map(({ label }) => ({ type: 'button', text: label }))
    })
    gentleBreak = shown
    shown.notification.on('click', () => {
      deps.openBreakWindow()
    })
    shown.notification.on('action', (details) => {
      switch (offered[details.actionIndex]?.action) {
        case 'break-open':
          deps.openBreakWindow()
          return
        case 'break-postpone':
          deps.engine.respondToBreak('postpone')
          return
        case 'break-skip':
          deps.engine.respondToBreak('skip')
          return
        case undefined:
          return
      }
    })
  }

  // ── daily limit ──────────────────────────────────────────────────────────────────────────

  /** A notice with no buttons: the limit interrupts nothing, and a newer one replaces it. */
  const showDailyLimit = (event: Extract<EngineEvent, { kind: 'dailyLimit' }>): void => {
    dismiss(dailyLimit)
    dailyLimit = null
    if (!supported()) return
    dailyLimit = show({ ...dailyLimitText(t, event), silent: silentFor(event.silent) })
  }

  const onBreak = (event: Extract<EngineEvent, { kind: 'break' }>): void => {
    dismiss(warning)
    warning = null
    if (event.level === 'gentle') showGentleBreak(event)
  }

  const stop = deps.onEngineEvent((event) => {
    switch (event.kind) {
      case 'posture':
        showPosture(event.silent)
        return
      case 'postureResponse':
        // Answered (by the card, or by us): the card shows its reply briefly, then goes.
        if (posture) posture.answered = true
        deps.postureCard.closeSoon()
        return
      case 'breakWarning':
        showWarning(event.dueInSeconds, event.silent)
        return
      case 'break':
        onBreak(event)
        return
      case 'breakEnded':
        dismiss(gentleBreak)
        gentleBreak = null
        if (event.fromWarning) {
          dismiss(warning)
          warning = null
        }
        return
      case 'natural':
      case 'paused':
        // The announced break will not come as announced.
        dismiss(warning)
        warning = null
        return
      case 'dailyLimit':
        showDailyLimit(event)
        return
      case 'resumed':
      case 'stateChanged':
        return
    }
  })

  return () => {
    stop()
    for (const shown of [posture, warning, gentleBreak, dailyLimit]) dismiss(shown)
    deps.postureCard.close()
  }
}
