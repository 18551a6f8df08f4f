import { execFile } from 'node:child_process'
import { BrowserWindow } from 'electron'

/**
 * One way of telling that the user should not be interrupted (a presentation, a fullscreen
 * app, the desktop's do-not-disturb switch). `true` busy, `false` not, `null` cannot tell —
 * which counts as not busy: a reminder shown once too often beats reminders that never come.
 */
export interface BusyProbe {
  readonly name: string
  isBusy(): Promise<boolean | null>
}

/*
 * What can and cannot be detected, per OS (Electron 41, no native modules — they would need
 * per-platform rebuilds, see DESIGN §4):
 *
 * - Every OS: Electron reports fullscreen only for our own windows (BrowserWindow.isFullScreen).
 *   There is no Electron API for another app's fullscreen state, for meetings, or for camera
 *   or microphone use by other apps.
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

export type RunCommand = (file: string, args: readonly string[]) => Promise<string>

/** execFile without a shell, short timeout, stdout as text. */
export const runCommand: RunCommand = (file, args) =>
  new Promise((resolve, reject) => {
    execFile(file, args, { timeout: 3000, windowsHide: true }, (error, stdout) => {
      // Keep `code`: ENOENT (tool not installed) stops the asking.
      if (error) reject(Object.assign(new Error(error.message), { code: error.code }))
      else resolve(stdout)
    })
  })

/**
 * Asks a desktop tool. A tool that is missing (ENOENT) or keeps failing is not asked again,
 * so a desktop without it costs one failed spawn, not one a minute.
 */
export function commandProbe(
  name: string,
  file: string,
  args: readonly string[],
  parse: (stdout: string) => boolean | null,
  run: RunCommand = runCommand
): BusyProbe {
  let failures = 0
  return {
    name,
    async isBusy() {
      if (failures >= 3) return null
      try {
        const busy = parse(await run(file, args))
        failures = 0
        return busy
      } catch (error) {
        const missing = typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT'
        failures = missing ? 3 : failures + 1
        return null
      }
    }
  }
}

/** GNOME's Do Not Disturb switch turns notification banners off. */
export function gnomeDoNotDisturbProbe(run?: RunCommand): BusyProbe {
  return commandProbe(
    'GNOME Do Not Disturb',
    'gsettings',
    ['get', 'org.gnome.desktop.notifications', 'show-banners'],
    (stdout) => {
      const value = stdout.trim()
      return value === 'false' ? true : value === 'true' ? false : null
    },
    run
  )
}

/** KDE Plasma's notification server: `Inhibited` is true under Do Not Disturb. Output looks like `(<true>,)`. */
export function kdeDoNotDisturbProbe(run?: RunCommand): BusyProbe {
  return commandProbe(
    'KDE Do Not Disturb',
    'gdbus',
    [
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
    (stdout) => (/<true>/.test(stdout) ? true : /<false>/.test(stdout) ? false : null),
    run
  )
}

/**
 * One of our own windows (other than a break or posture card) is fullscreen and focused:
 * the only fullscreen state Electron can see.
 */
export function ownFullscreenProbe(isReminderWindow: (window: BrowserWindow) => boolean): BusyProbe {
  return {
    name: 'Upright window fullscreen',
    isBusy: () =>
      Promise.resolve(
        BrowserWindow.getAllWindows().some(
          (window) => !window.isDestroyed() && !isReminderWindow(window) && window.isFullScreen() && window.isFocused()
        )
      )
  }
}

/** The probes that can work on this platform and desktop. */
export function busyProbesFor(options: {
  platform: NodeJS.Platform
  currentDesktop: string | undefined
  isReminderWindow: (window: BrowserWindow) => boolean
  run?: RunCommand
}): BusyProbe[] {
  const probes = [ownFullscreenProbe(options.isReminderWindow)]
  if (options.platform === 'linux') {
    const desktop = options.currentDesktop ?? ''
    if (/gnome|unity|budgie|pantheon/i.test(desktop)) probes.push(gnomeDoNotDisturbProbe(options.run))
    if (/kde/i.test(desktop)) probes.push(kdeDoNotDisturbProbe(options.run))
  }
  return probes
}
