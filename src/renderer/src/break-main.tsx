import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ErrorBoundary } from './components/error-boundary'
import { addEnglishWords, rendererI18n } from './lib/i18n'
import { BreakApp } from './features/break/break-app'
import { returnToMain } from './features/break/return-to-main'
import { followAppLanguage } from './lib/follow-language'
import breakWindowContent from '@shared/i18n/locales/en/content.json?part=breakContent'
import breakWindowUi from '@shared/i18n/locales/en/ui.json?part=breakUi'
import './styles/base.css'

// Only the break window's part of the English (src/shared/i18n/catalog-parts.ts).
addEnglishWords({ ui: breakWindowUi, content: breakWindowContent })
followAppLanguage()

const container = document.getElementById('root')
if (container) {
  createRoot(container).render(
    <StrictMode>
      <ErrorBoundary
        title={rendererI18n.t('break.crashed')}
        wayBack={
          <button type="button" onClick={returnToMain}>
            {rendererI18n.t('break.backToApp')}
          </button>
        }
      >
        <BreakApp />
      </ErrorBoundary>
    </StrictMode>
  )
}
