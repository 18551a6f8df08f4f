import { createContext, useContext } from 'react'

/** Where the renderer runs: Electron (main opens windows and notifications) or the web harness (the tab stands in for them). */
export type ShellKind = 'electron' | 'web'

/** The preload's bridge exists only in Electron. */
export const detectedShell: ShellKind = typeof window !== 'undefined' && window.upright !== undefined ? 'electron' : 'web'

/**
 * The shell kind, from context so both branches can be rendered in tests; the default is the
 * detected one, so the app needs no provider.
 */
export const ShellContext = createContext<ShellKind>(detectedShell)

/** True in the web harness: show what Electron would show in a window or notification of its own. */
export function useIsWebHarness(): boolean {
  return useContext(ShellContext) === 'web'
}
