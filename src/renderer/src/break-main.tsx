import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ErrorBoundary } from './components/error-boundary'
import { rendererI18n } from './lib/i18n'
import { BreakApp } from './features/break/break-app'
import { returnToMain } from './features/break/return-to-main'
import { followAppLanguage } from './lib/follow-language'
import './styles/base.css'

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
