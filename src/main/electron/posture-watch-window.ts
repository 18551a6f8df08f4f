import { type BrowserWindow, Notification, type WebContents } from 'electron'
import type { TFunction } from 'i18next'
import { watchCueText } from '../../shared/i18n/watch-cue-text'
import type { SlouchReason, WatchPhase } from '../../shared/posture-watch'
import { activeDisplay, centredIn } from './placement'
import type { RendererLocation } from './renderer-location'
import { createSecureWindow } from './secure-window'

export interface PostureWatchShellDeps {
  renderer: Pick<RendererLocation, 'pageUrl' | 'preloadPath'>
  phase: () => WatchPhase
  onPhaseChange: (listener: (phase: WatchPhase) => void) => () => void
  onCue: (listener: (cue: { reasons: readonly SlouchReason[] }) => void) => () => void
  /** Main's i18n: the cue's notification and the window's title in the app's language. */
  t: TFunction
  /** The "Notification sounds" setting is off: cues show without a sound, as every other notification. */
  silent: () => boolean
  /** The user closed the window during consent or calibration: that is "not now". */
  turnOff: () => void
}

/**
 * The posture watch's window (index.html#/posture-watch). It exists only while the watch is
 * on — when off there is no window, no camera and no model — shown for consent and the
 * calibration preview, hidden while watching.
 */
export class PostureWatchWindow {
  private window: BrowserWindow | null = null
  private closingByUs = false

  constructor(
    private readonly renderer: PostureWatchShellDeps['renderer'],
    private readonly onClosedByUser: () => void,
    private readonly t: TFunction
  ) {}

  /** Only this window's page may ask for the camera. */
  owns(contents: WebContents): boolean {
    return this.window !== null && !this.window.isDestroyed() && this.window.webContents === contents
  }

  apply(phase: WatchPhase): void {
    if (phase === 'off') {
      this.destroy()
      return
    }
    const window = this.window ?? this.create()
    if (phase === 'watching') window.hide()
    else {
      window.show()
      window.focus()
    }
  }

  private create(): BrowserWindow {
    const window = createSecureWindow(
      {
        ...centredIn(activeDisplay().workArea, 640, 760),
        show: false,
        title: this.t('nav.documentTitle', { page: this.t('main.postureWatchTitle') }),
        autoHideMenuBar: true,
        minimizable: false,
        fullscreenable: false
      },
      this.renderer.preloadPath
    )
    // Hidden windows' timers are throttled to once a minute after a while; checks keep their period.
    window.webContents.setBackgroundThrottling(false)
    window.on('closed', () => {
      if (this.window === window) this.window = null
      if (!this.closingByUs) this.onClosedByUser()
    })
    this.window = window
    void window.loadURL(this.renderer.pageUrl('index', '/posture-watch'))
    return window
  }

  destroy(): void {
    const window = this.window
    this.window = null
    if (!window || window.isDestroyed()) return
    this.closingByUs = true
    window.destroy()
    this.closingByUs = false
  }
}

/** Wires the window to the watch's phase and shows its cues as notifications. */
export function setupPostureWatch(deps: PostureWatchShellDeps, window = new PostureWatchWindow(deps.renderer, deps.turnOff, deps.t)): () => void {
  window.apply(deps.phase())
  const stopPhase = deps.onPhaseChange((phase) => window.apply(phase))
  // Electron holds notifications weakly: the newest cue is kept, as the other notifications are.
  let shown: Notification | null = null
  const stopCues = deps.onCue((cue) => {
    if (!Notification.isSupported()) return
    const reason = cue.reasons[0]
    if (reason === undefined) return
    shown?.close()
    shown = new Notification({ title: deps.t('main.postureWatchTitle'), body: watchCueText(deps.t, reason), silent: deps.silent() })
    shown.show()
  })
  return () => {
    stopPhase()
    stopCues()
    shown?.close()
    shown = null
    window.destroy()
  }
}
