import { useEffect } from 'react'
import type { Settings } from '@shared/settings'

/** 'system' leaves the choice to prefers-color-scheme; light/dark pin it. */
export function useTheme(theme: Settings['app']['theme'] | undefined): void {
  useEffect(() => {
    const root = document.documentElement
    if (!theme || theme === 'system') delete root.dataset['theme']
    else root.dataset['theme'] = theme
  }, [theme])
}
