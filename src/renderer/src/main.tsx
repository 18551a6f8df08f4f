import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app'
import breakWindowUi from '@shared/i18n/locales/en/ui.json?part=breakUi'
import otherUi from '@shared/i18n/locales/en/ui.json?rest=breakUi'
import { followAppLanguage } from './lib/follow-language'
import { addEnglishWords } from './lib/i18n'
import './styles/base.css'

// All of the interface's English, in the break window's half and the rest (so no word ships
// twice); the health content's English comes with the pages that show it.
addEnglishWords({ ui: breakWindowUi })
addEnglishWords({ ui: otherUi })
followAppLanguage()

const container = document.getElementById('root')
if (container) {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>
  )
}
