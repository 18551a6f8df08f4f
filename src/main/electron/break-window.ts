import type { TFunction } from 'i18next'
import { type BrowserWindow, type Display, screen } from 'electron'
import type { ReminderEngine } from '../../core/engine'
import type { BreakOutcome, EngineEvent } from '../../shared/engine-state'
import { activeDisplay, centredIn } from './placement'
import type { RendererLocation } from './renderer-location'
import { type Schedule, scheduleWithTimeout } from './schedule'
import { createSecureWindow } from './secure-window'

/** `optional`: the routine a gentle break's notification offers; closing it just closes it. */
export type BreakPresentation = 'normal' | 'strict' | 'optional'

export interface BreakWindowsDeps {
  renderer: Pick<RendererLocation, 'pageUrl' | 'preloadPath'>
  engine: Pick<ReminderEngine, 'getState' | 'respondToBreak'>
  platform: NodeJS.Platform
  /** Main's i18n: the title a break window has before its page sets one. */
  t: TFunction
  schedule?: Schedule
  /** How long a completed break's "Break over" message stays before the windows go. */
  lingerMs?: number
}

const normalSize = { width: 960, height: 720 }

/**
 * The break's windows. They exist only while a break shows (no renderer process at rest):
 * normal level, one focused, always-on-top window on the display under the pointer; strict
 * level, one covering window per display. Closing a window is a request, not an escape
 * hatch: it postpones the break where that is offered, else skips it where that is
 * offered, else the window stays and takes focus back.
 */
export class BreakWindows {
  private windows: BrowserWindow[] = []
  /** Strict level: which display each covering window covers, so plugging one in or out mid-break is followed. */
  private readonly coveringByDisplayId = new Map<number, BrowserWindow>()
  private stopFollowingDisplays: (() => void) | null = null
  private lingering = false
  private cancelLinger: (() => void) | null = null
  private readonly schedule: Schedule

  constructor(private readonly deps: BreakWindowsDeps) {
    this.schedule = deps.schedule ?? scheduleWithTimeout
  }

  show(presentation: BreakPresentation): void {
    this.closeNow()
    if (presentation === 'strict') {
      const active = activeDisplay()
      for (const display of screen.getAllDisplays()) this.cover(display, display.id === active.id)
      this.followDisplays()
    } else {
      this.windows.push(this.createNormal(activeDisplay(), presentation === 'optional'))
    }
  }

  /** The break ended: a completed one keeps its end message up for a moment; otherwise the windows go now. */
  breakEnded(outcome: BreakOutcome): void {
    if (this.windows.length === 0) return
    if (outcome !== 'completed') {
      this.closeNow()
      return
    }
    this.lingering = true
    this.cancelLinger?.()
    this.cancelLinger = this.schedule(this.deps.lingerMs ?? 2000, () => {
      this.cancelLinger = null
      this.closeNow()
    })
  }

  closeNow(): void {
    this.cancelLinger?.()
    this.cancelLinger = null
    this.lingering = false
    this.stopFollowingDisplays?.()
    this.stopFollowingDisplays = null
    this.coveringByDisplayId.clear()
    const windows = this.windows
    this.windows = []
    for (const window of windows) if (!window.isDestroyed()) window.destroy()
  }

  get count(): number {
    return this.windows.length
  }

  get isLingering(): boolean {
    return this.lingering
  }

  private cover(display: Display, focus: boolean): void {
    const window = this.createCovering(display, focus)
    this.windows.push(window)
    this.coveringByDisplayId.set(display.id, window)
  }

  /**
   * A strict break is over every display, including one plugged in during the break (a laptop
   * docked mid-break would otherwise show the desktop there). A display unplugged takes its
   * window with it; focus stays on a covering window, on the display under the pointer.
   */
  private followDisplays(): void {
    const added = (_event: unknown, display: Display): void => {
      if (this.lingering || this.coveringByDisplayId.has(display.id)) return
      this.cover(display, false)
    }
    const removed = (_event: unknown, display: Display): void => {
      const window = this.coveringByDisplayId.get(display.id)
      if (!window) return
      this.coveringByDisplayId.delete(display.id)
      if (!window.isDestroyed()) window.destroy()
      // Keys must keep going to the break (Esc, the routine's buttons), whichever window had them.
      const remaining = [...this.coveringByDisplayId.values()].filter((open) => !open.isDestroyed())
      if (!remaining.some((open) => open.isFocused())) (this.coveringByDisplayId.get(activeDisplay().id) ?? remaining[0])?.focus()
    }
    // macOS windows cover their display by bounds (not fullscreen): a new resolution or
    // arrangement needs the new bounds. Fullscreen windows elsewhere follow by themselves.
    const changed = (_event: unknown, display: Display): void => {
      if (this.deps.platform !== 'darwin') return
      const window = this.coveringByDisplayId.get(display.id)
      if (window && !window.isDestroyed()) window.setBounds(display.bounds)
    }
    screen.on('display-added', added)
    screen.on('display-removed', removed)
    screen.on('display-metrics-changed', changed)
    this.stopFollowingDisplays = () => {
      screen.off('display-added', added)
      screen.off('display-removed', removed)
      screen.off('display-metrics-changed', changed)
    }
  }

  private createNormal(display: Display, optional: boolean): BrowserWindow {
    const window = createSecureWindow(
      {
        ...centredIn(display.workArea, normalSize.width, normalSize.height),
        show: false,
        title: this.deps.t('nav.breakTitle'),
        alwaysOnTop: true,
        minimizable: false,
        maximizable: false,
        fullscreenable: false,
        autoHideMenuBar: true
      },
      this.deps.renderer.preloadPath
    )
    this.wire(window, true, optional)
    return window
  }

  private createCovering(display: Display, focus: boolean): BrowserWindow {
    const isMac = this.deps.platform === 'darwin'
    const window = createSecureWindow(
      {
        ...display.bounds,
        show: false,
        title: this.deps.t('nav.breakTitle'),
        frame: false,
        // macOS fullscreen moves a window to a Space of its own, with an animation, one display
        // at a time; covering the display at screen-saver level hides the menu bar and Dock too.
        fullscreen: !isMac,
        fullscreenable: !isMac,
        resizable: false,
        movable: false,
        minimizable: false,
        maximizable: false,
        closable: false,
        skipTaskbar: true,
        alwaysOnTop: true
      },
      this.deps.renderer.preloadPath
    )
    window.setAlwaysOnTop(true, 'screen-saver')
    if (isMac) window.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true })
    this.wire(window, focus, false)
    return window
  }

  private wire(window: BrowserWindow, focus: boolean, optional: boolean): void {
    window.once('ready-to-show', () => {
      window.show()
      if (focus) window.focus()
    })
    window.on('close', (event) => {
      const state = this.deps.engine.getState()
      // Over already (the end message is showing), or only offered: closing is fine.
      if (optional || this.lingering || state.phase !== 'break') {
        queueMicrotask(() => {
          this.closeNow()
        })
        return
      }
      event.preventDefault()
      // Answered after this handler returns: the answer destroys this very window.
      queueMicrotask(() => {
        if (state.canPostpone) this.deps.engine.respondToBreak('postpone')
        else if (state.canSkip) this.deps.engine.respondToBreak('skip')
        else if (!window.isDestroyed()) window.focus()
      })
    })
    window.on('closed', () => {
      this.windows = this.windows.filter((open) => open !== window)
    })
    void window.loadURL(this.deps.renderer.pageUrl('break'))
  }
}

export interface BreakWindowSetupDeps {
  onEngineEvent(listener: (event: EngineEvent) => void): () => void
  engine: Pick<ReminderEngine, 'getState'>
}

/** Opens the break windows when a normal or strict break starts and closes them when it ends. */
export function setupBreakWindows(windows: BreakWindows, deps: BreakWindowSetupDeps): () => void {
  const stop = deps.onEngineEvent((event) => {
    switch (event.kind) {
      case 'break':
        // Another listener may have answered it already; its end then follows (events come in order).
        if (event.level !== 'gentle' && deps.engine.getState().phase === 'break') windows.show(event.level)
        return
      case 'breakEnded':
        windows.breakEnded(event.outcome)
        return
      case 'stateChanged':
        // Belt and braces: whatever ended it, no break window outlives the break.
        if (event.phase !== 'break' && windows.count > 0 && !windows.isLingering) windows.closeNow()
        return
      default:
        return
    }
  })
  return () => {
    stop()
    windows.closeNow()
  }
}
