import { BrowserWindow } from 'electron'
import { type BusyProbe, commandProbe, type RunCommand } from '../../app/busy/probe'
import { message } from '../../shared/message'

export { type BusyProbe, commandProbe, type RunCommand, runCommand } from '../../app/busy/probe'

/*
 * What can and cannot be detected, per OS (Electron 41, no native modules — they would need
 * per-platform rebuilds, see DESIGN §4):
 *
 * - Every OS: Electron reports fullscreen only for our own windows (BrowserWindow.isFullScreen).
 *   There is no Electron API for another app's fullscreen state, for meetings, or for camera
 *   or microphone use by other apps: calls are seen through OS sources instead, see
 *   app/busy/device-probes.ts.
 * - Windows: SHQueryUserNotificationState (fullscreen app, presentation settings, D3D games,
 *   quiet time) is a shell32 call Electron does not wrap; reaching it needs a native addon, or
 *   PowerShell compiling C# on every poll (slow, and antivirus tools flag it). Not done.
 *   Windows itself holds back our toasts under Do Not Disturb / Focus Assist and while a
 *   fullscreen app runs, so cues and warnings are already quiet; the break window is not.
 * - macOS: Focus / Do Not Disturb has no public API since macOS 11 (the old
 *   `com.apple.notificationcenterui doNotDisturb` default, which
 *   systemPreferences.getUserDefault could read, is gone), and another app's fullscreen state
 *   needs Accessibility or Automation permission (System Events' AXFullScreen) — a prompt we
 *   will not raise for this. Notification Center applies Focus to our notifications itself.
 * - Linux, GNOME: the Do Not Disturb switch is the `show-banners` key of
 *   org.gnome.desktop.notifications; `gsettings` reads it (X11 and Wayland alike).
 * - Linux, KDE Plasma: the notification server's `Inhibited` D-Bus property is true under Do
 *   Not Disturb (and, from Plasma 6.4, while a fullscreen window has focus); `gdbus` reads it.
 * - Other Linux desktops: no standard; X11's _NET_WM_STATE_FULLSCREEN would need xprop/xdotool,
 *   which are not installed by default, and Wayland does not let clients see other windows.
 */

/** GNOME's Do Not Disturb switch turns notification banners off. */
export function gnomeDoNotDisturbProbe(run?: RunCommand, notice?: (message: string) => void): BusyProbe {
  return commandProbe(
    {
      name: 'GNOME Do Not Disturb',
      source: 'GNOME (gsettings show-banners)',
      reason: 'doNotDisturb',
      signals: ['doNotDisturb'],
      notice,
      file: 'gsettings',
      args: ['get', 'org.gnome.desktop.notifications', 'show-banners'],
      parse: (stdout) => {
        const value = stdout.trim()
        return value === 'false' ? true : value === 'true' ? false : null
      }
    },
    run
  )
}

/** KDE Plasma's notification server: `Inhibited` is true under Do Not Disturb. Output looks like `(<true>,)`. */
export function kdeDoNotDisturbProbe(run?: RunCommand, notice?: (message: string) => void): BusyProbe {
  return commandProbe(
    {
      name: 'KDE Do Not Disturb',
      source: 'KDE Plasma (org.freedesktop.Notifications Inhibited)',
      reason: 'doNotDisturb',
      signals: ['doNotDisturb'],
      notice,
      file: 'gdbus',
      args: [
        'call',
        '--session',
        '--dest',
        'org.freedesktop.Notifications',
        '--object-path',
        '/org/freedesktop/Notifications',
        '--method',
        'org.freedesktop.DBus.Properties.Get',
        'org.freedesktop.Notifications',
        'Inhibited'
      ],
      parse: (stdout) => (/<true>/.test(stdout) ? true : /<false>/.test(stdout) ? false : null)
    },
    run
  )
}

/**
 * One of our own windows (other than a break or posture card) is fullscreen and focused:
 * the only fullscreen state Electron can see.
 */
export function ownFullscreenProbe(isReminderWindow: (window: BrowserWindow) => boolean): BusyProbe {
  return {
    name: "Upright's own fullscreen windows (other apps' cannot be seen)",
    source: message('messages.busy.ownFullscreen'),
    reason: 'fullscreen',
    signals: ['fullscreen'],
    status: () => ({ state: 'watching' }),
    isBusy: () =>
      Promise.resolve(
        BrowserWindow.getAllWindows().some(
          (window) => !window.isDestroyed() && !isReminderWindow(window) && window.isFullScreen() && window.isFocused()
        )
      )
  }
}

/**
 * The probes that can work on this platform and desktop: calls first (the tray names the first
 * reason found), then our own fullscreen window, then the desktop's Do Not Disturb.
 */
export function busyProbesFor(options: {
  platform: NodeJS.Platform
  currentDesktop: string | undefined
  isReminderWindow: (window: BrowserWindow) => boolean
  /** camera and microphone probes (app/busy/device-probes.ts) */
  deviceProbes?: readonly BusyProbe[]
  run?: RunCommand
  notice?: (message: string) => void
}): BusyProbe[] {
  const probes = [...(options.deviceProbes ?? []), ownFullscreenProbe(options.isReminderWindow)]
  if (options.platform === 'linux') {
    const desktop = options.currentDesktop ?? ''
    if (/gnome|unity|budgie|pantheon/i.test(desktop)) probes.push(gnomeDoNotDisturbProbe(options.run, options.notice))
    if (/kde/i.test(desktop)) probes.push(kdeDoNotDisturbProbe(options.run, options.notice))
  }
  return probes
}
