import { useState } from 'react'
import type { Stretch } from '@shared/content/schema'
import { stretches } from '@shared/content/stretches'
import type { BodyArea } from '@shared/settings'
import { PageHeader } from '../../components/page-header'
import { useSettings } from '../../lib/use-settings'
import { StretchCard } from './stretch-card'
import { areasInLibrary, filterStretches, noFilter, resultCountText, type StretchFilter } from './stretch-filter'
import { StretchFilters } from './stretch-filters'
import { bodyAreaLabels } from './stretch-labels'
import { StretchRoutineDialog } from './stretch-routine-dialog'
import { useAppInfo } from '../../lib/use-app-info'
import { SidesSummary, UnevenSidesGuide } from './weaker-side'
import './stretches.css'

// Head-to-toe order, from the labels table (importing the settings schema would pull zod into this page).
const libraryAreas = areasInLibrary(stretches, Object.keys(bodyAreaLabels) as BodyArea[])

export default function StretchesPage() {
  const [filter, setFilter] = useState<StretchFilter>(noFilter)
  const [playing, setPlaying] = useState<Stretch | null>(null)
  const { settings } = useSettings()
  const timeScale = useAppInfo()?.timeScale ?? 1
  const shown = filterStretches(stretches, filter)

  return (
    <>
      <PageHeader title="Stretches">
        Desk-friendly stretches and exercises with steps, holds and illustrations. Press Start on any of them for a guided
        run-through.
      </PageHeader>
      <SidesSummary body={settings?.body ?? null} />
      <StretchFilters
        areas={libraryAreas}
        filter={filter}
        onChange={setFilter}
        countText={resultCountText(shown.length, stretches.length)}
      />
      <h2 className="visually-hidden">Library</h2>
      {shown.length > 0 ? (
        <ul className="stretch-list">
          {shown.map((stretch) => (
            <li key={stretch.id}>
              <StretchCard stretch={stretch} onStart={setPlaying} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="stretch-empty">Try fewer body areas, or choose “Anywhere”.</p>
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
