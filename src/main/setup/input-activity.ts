import type { Activity } from '../../core/engine'
import { createSessionIdleActivity, isWaylandSession, type SessionIdleActivity } from '../../app/busy/session-idle'
import { systemActivity } from '../electron/power'
import type { ShellContext } from './shell-context'

export interface InputActivity {
  activity: Activity
  /** The Wayland session's idle time, when it stands in for Electron's */
  sessionIdle: SessionIdleActivity | null
  /** Where the session's idle source sends "look again now"; returns the disposer. */
  relookThrough(noticeInput: () => void): () => void
}

/** Under Wayland, Electron's idle time can stay 0; the session's own idle time stands in. */
export function createInputActivity(shell: Pick<ShellContext, 'platform' | 'warn'>): InputActivity {
  // The session source exists before the engine it asks to look again: bound once both exist.
  let relook = (): void => undefined
  const sessionIdle =
    shell.platform === 'linux' && isWaylandSession(process.env)
      ? createSessionIdleActivity({
          systemIdleSeconds: systemActivity.idleSeconds,
          nowMs: () => performance.now(),
          relook: () => {
            relook()
          },
          notice: shell.warn
        })
      : null
  return {
    activity: sessionIdle ?? systemActivity,
    sessionIdle,
    relookThrough: (noticeInput) => {
      relook = noticeInput
      return () => {
        relook = () => undefined
      }
    }
  }
}
