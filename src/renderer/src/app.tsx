import { lazy, Suspense, useEffect, useRef } from 'react'
import type { MainRoute } from '@shared/routes'
import { ErrorBoundary } from './components/error-boundary'
import { RecoveryNotice } from './components/recovery-notice'
import { NotificationTray } from './features/notifications/notification-tray'
import { FirstRunNotice } from './features/safety/first-run-notice'
import { useIsWebHarness } from './lib/shell'
import { useHarnessNavigation } from './lib/use-harness-navigation'
import { toMainRoute, useHashRoute } from './lib/use-hash-route'
import { useSettings } from './lib/use-settings'
import { useTheme } from './lib/use-theme'
import { TodayPage } from './features/today/today-page'

// Pages other than Today load on demand, so the stats charts never weigh on start-up.
const ChecklistPage = lazy(() => import('./features/checklist/checklist-page'))
const StretchesPage = lazy(() => import('./features/stretches/stretches-page'))
const StatsPage = lazy(() => import('./features/stats/stats-page'))
const PreferencesPage = lazy(() => import('./features/preferences/preferences-page'))
const SafetyPage = lazy(() => import('./features/safety/safety-page'))
const TrayPage = lazy(() => import('./features/tray/tray-page'))
// Loads the pose models' library only when this page is shown: never at rest.
const PostureWatchPage = lazy(() => import('./features/posture-watch/posture-watch-page'))

const pages: { route: MainRoute; label: string }[] = [
  { route: 'today', label: 'Today' },
  { route: 'checklist', label: 'Workstation checklist' },
  { route: 'stretches', label: 'Stretches' },
  { route: 'stats', label: 'Statistics' },
  { route: 'preferences', label: 'Preferences' },
  { route: 'safety', label: 'Safety' }
]

/** Stand-ins for what Electron shows outside the main window. */
const harnessPages: { route: MainRoute; label: string }[] = [
  { route: 'tray', label: 'Tray menu (harness)' },
  { route: 'posture-watch', label: 'Posture watch (harness)' }
]

function Page({ route }: { route: MainRoute }) {
  switch (route) {
    case 'today':
      return <TodayPage />
    case 'checklist':
      return <ChecklistPage />
    case 'stretches':
      return <StretchesPage />
    case 'stats':
      return <StatsPage />
    case 'preferences':
      return <PreferencesPage />
    case 'safety':
      return <SafetyPage />
    case 'tray':
      return <TrayPage />
    case 'posture-watch':
      return <PostureWatchPage />
  }
}

export function App() {
  const isWebHarness = useIsWebHarness()
  const navigation = isWebHarness ? [...pages, ...harnessPages] : pages
  const route = useHashRoute(toMainRoute)
  useHarnessNavigation()
  const { settings } = useSettings()
  useTheme(settings?.app.theme)
  const mainRef = useRef<HTMLElement>(null)

  const focusedRoute = useRef(route)
  // Move focus to the new page so keyboard and screen-reader users land on its content; on first
  // load it stays at the top, where Tab reaches the skip link and the sidebar.
  useEffect(() => {
    if (focusedRoute.current !== route) mainRef.current?.focus()
    focusedRoute.current = route
    const label = [...pages, ...harnessPages].find((item) => item.route === route)?.label ?? 'Upright'
    document.title = `${label} — Upright`
  }, [route])

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <nav className="sidebar" aria-label="Sections">
        <div className="brand" aria-hidden="true">
          <span className="brand-mark" />
          Upright
        </div>
        <ul>
          {navigation.map((item) => (
            <li key={item.route}>
              <a href={`#/${item.route}`} aria-current={item.route === route ? 'page' : undefined}>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" ref={mainRef} tabIndex={-1} className="content">
        <RecoveryNotice />
        {/* The Safety page says it all in full; the welcome's one line would only repeat it. */}
        {route === 'safety' ? null : <FirstRunNotice />}
        <ErrorBoundary key={route} wayBack={route === 'today' ? <a href="#/safety">Safety information</a> : <a href="#/today">Back to Today</a>}>
          <Suspense fallback={<p className="muted">Loading…</p>}>
            <Page route={route} />
          </Suspense>
        </ErrorBoundary>
      </main>
      {isWebHarness ? <NotificationTray /> : null}
    </div>
  )
}
