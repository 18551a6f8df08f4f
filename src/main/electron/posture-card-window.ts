import type { TFunction } from 'i18next'
import { type BrowserWindow } from 'electron'
import { activeDisplay, centredIn } from './placement'
import type { RendererLocation } from './renderer-location'
import { type Schedule, scheduleWithTimeout } from './schedule'
import { createSecureWindow } from './secure-window'

/** Long enough to read the card's "Nice — posture checked." before it goes. */
const closeAfterAnswerMs = 1500

/**
 * The small posture card (break.html#/posture) a clicked posture cue opens. It exists only
 * while shown. `onClosedByUser` runs when the person closed it without the main process
 * asking (the title-bar button, Alt+F4), so the cue can still be answered.
 */
export class PostureCardWindow {
  private window: BrowserWindow | null = null
  private cancelClose: (() => void) | null = null

  constructor(
    private readonly renderer: Pick<RendererLocation, 'pageUrl' | 'preloadPath'>,
    /** Main's i18n: the title the window has before its page sets one. */
    private readonly t: TFunction,
    private readonly schedule: Schedule = scheduleWithTimeout
  ) {}

  open(onClosedByUser: () => void): void {
    this.close()
    const bounds = centredIn(activeDisplay().workArea, 460, 640)
    const window = createSecureWindow(
      {
        ...bounds,
        show: false,
        title: this.t('nav.postureTitle'),
        resizable: false,
        minimizable: false,
        maximizable: false,
        fullscreenable: false,
        alwaysOnTop: true,
        autoHideMenuBar: true
      },
      this.renderer.preloadPath
    )
    let closingByUs = false
    window.once('ready-to-show', () => {
      window.show()
      window.focus()
    })
    window.on('closed', () => {
      if (this.window === window) this.window = null
      if (!closingByUs) onClosedByUser()
    })
    this.closeWindow = () => {
      closingByUs = true
      window.destroy()
    }
    this.window = window
    void window.loadURL(this.renderer.pageUrl('break', '/posture'))
  }

  /** The card answered: let the person see its reply, then close it. */
  closeSoon(): void {
    if (!this.isOpen()) return
    this.cancelClose?.()
    this.cancelClose = this.schedule(closeAfterAnswerMs, () => {
      this.cancelClose = null
      this.close()
    })
  }

  close(): void {
    this.cancelClose?.()
    this.cancelClose = null
    if (this.window && !this.window.isDestroyed()) this.closeWindow()
    this.window = null
  }

  isOpen(): boolean {
    return this.window !== null && !this.window.isDestroyed()
  }

  private closeWindow: () => void = () => undefined
}
