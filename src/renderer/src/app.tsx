import { useTranslation } from 'react-i18next'
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

const pages: readonly MainRoute[] = ['today', 'checklist', 'stretches', 'stats', 'preferences', 'safety']

/** Stand-ins for what Electron shows outside the main window. */
const harnessPages: readonly MainRoute[] = ['tray', 'posture-watch']

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
  const { t } = useTranslation()
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
    document.title = t('nav.documentTitle', { page: t(`nav.${route}`) })
  }, [route, t])

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <nav className="sidebar" aria-label={t('nav.sections')}>
        <div className="brand" aria-hidden="true">
          <span className="brand-mark" />
          Upright
        </div>
        <ul>
          {navigation.map((item) => (
            <li key={item}>
              <a href={`#/${item}`} aria-current={item === route ? 'page' : undefined} data-label={t(`nav.${item}`)}>
                {t(`nav.${item}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" ref={mainRef} tabIndex={-1} className="content">
        <RecoveryNotice />
        {/* The Safety page says it all in full; the welcome's one line would only repeat it. */}
        {route === 'safety' ? null : <FirstRunNotice />}
        <ErrorBoundary key={route} wayBack={route === 'today' ? <a href="#/safety">{t('nav.safetyInfo')}</a> : <a href="#/today">{t('nav.backToToday')}</a>}>
          <Suspense fallback={<p className="muted">{t('nav.loading')}</p>}>
            <Page route={route} />
          </Suspense>
        </ErrorBoundary>
      </main>
      {isWebHarness ? <NotificationTray /> : null}
    </div>
  )
}
