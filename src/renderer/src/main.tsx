import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app'
import { followAppLanguage } from './lib/follow-language'
import './styles/base.css'

followAppLanguage()

const container = document.getElementById('root')
if (container) {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>
  )
}
