import { useState } from 'react'
import type { Stretch } from '@shared/content/schema'
import { useTranslation } from 'react-i18next'
import { stretches as stretchData } from '@shared/content/stretches'
import { PageHeader } from '../../components/page-header'
import { bodyAreaOrder } from '../../lib/body-area-labels'
import { useContent } from '../../lib/use-content'
// This page shows health content: its English comes with the page, not with the main window's start.
import '../../lib/english-content'
import { useSettings } from '../../lib/use-settings'
import { StretchCard } from './stretch-card'
import { areasInLibrary, filterStretches, noFilter, resultCountText, type StretchFilter } from './stretch-filter'
import { StretchFilters } from './stretch-filters'
import { StretchRoutineDialog } from './stretch-routine-dialog'
import { useAppInfo } from '../../lib/use-app-info'
import { SidesSummary, UnevenSidesGuide } from './weaker-side'
import './stretches.css'

// Head to toe (importing the settings schema would pull zod into this page).
const libraryAreas = areasInLibrary(stretchData, bodyAreaOrder)

export default function StretchesPage() {
  const { t } = useTranslation()
  const { stretches } = useContent()
  const [filter, setFilter] = useState<StretchFilter>(noFilter)
  const [playing, setPlaying] = useState<Stretch | null>(null)
  const { settings } = useSettings()
  const timeScale = useAppInfo()?.timeScale ?? 1
  const shown = filterStretches(stretches, filter)

  return (
    <>
      <PageHeader title={t('stretches.title')}>{t('stretches.intro')}</PageHeader>
      <SidesSummary body={settings?.body ?? null} />
      <StretchFilters
        areas={libraryAreas}
        filter={filter}
        onChange={setFilter}
        countText={resultCountText(t, shown.length, stretches.length)}
      />
      <h2 className="visually-hidden">{t('stretches.library')}</h2>
      {shown.length > 0 ? (
        <ul className="stretch-list">
          {shown.map((stretch) => (
            <li key={stretch.id}>
              <StretchCard stretch={stretch} onStart={setPlaying} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="stretch-empty">{t('stretches.empty')}</p>
      )}
      <UnevenSidesGuide />
      {playing ? (
        <StretchRoutineDialog
          stretch={playing}
          timeScale={timeScale}
          onClose={() => {
            setPlaying(null)
          }}
        />
      ) : null}
    </>
  )
}
