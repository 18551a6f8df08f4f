import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ErrorBoundary } from './components/error-boundary'
import { BreakApp } from './features/break/break-app'
import { returnToMain } from './features/break/return-to-main'
import './styles/base.css'

const container = document.getElementById('root')
if (container) {
  createRoot(container).render(
    <StrictMode>
      <ErrorBoundary
        title="The break screen ran into a problem"
        wayBack={
          <button type="button" onClick={returnToMain}>
            Back to Upright
          </button>
        }
      >
        <BreakApp />
      </ErrorBoundary>
    </StrictMode>
  )
}
