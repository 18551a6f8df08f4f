import breakWindowContent from '@shared/i18n/locales/en/content.json?part=breakContent'
import otherContent from '@shared/i18n/locales/en/content.json?rest=breakContent'
import { addEnglishWords } from './i18n'

// All of the health content's English (a third of the English words), imported by each main-window
// page that shows health content and by the in-page notifications, so the main window's start
// goes without it; the break window adds only its part (break-main.tsx), the same module as the
// first half here. Other languages come with their `ui` from main (lib/window-catalogs.ts).
addEnglishWords({ content: breakWindowContent })
addEnglishWords({ content: otherContent })
