import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { BreakApp } from './features/break/break-app'
import './styles/base.css'

const container = document.getElementById('root')
if (container) {
  createRoot(container).render(
    <StrictMode>
      <BreakApp />
    </StrictMode>
  )
}
