import { useTranslation } from 'react-i18next'
import type { BodyArea } from '@shared/settings'
import { bodyAreaLabel } from '../../lib/body-area-labels'
import { type PlaceFilter, type StretchFilter, toggleArea } from './stretch-filter'

const places = [
  { value: 'all', label: 'stretches.filters.anywhere' },
  { value: 'desk', label: 'stretches.filters.desk' },
  { value: 'floor', label: 'stretches.filters.floor' }
] as const satisfies readonly { value: PlaceFilter; label: string }[]

export interface StretchFiltersProps {
  areas: readonly BodyArea[]
  filter: StretchFilter
  onChange: (filter: StretchFilter) => void
  countText: string
}

/** Body-area toggles and a place choice; native buttons and radios keep it keyboard-usable. */
export function StretchFilters({ areas, filter, onChange, countText }: StretchFiltersProps) {
  const { t } = useTranslation()
  const filtered = filter.areas.length > 0 || filter.place !== 'all'
  return (
    <section className="stretch-filters" aria-label={t('stretches.filters.label')}>
      <div className="stretch-filter-group" role="group" aria-labelledby="area-filter-label">
        <span id="area-filter-label" className="stretch-filter-label">
          {t('stretches.filters.area')}
        </span>
        <div className="stretch-filter-options">
          {areas.map((area) => (
            <button
              key={area}
              type="button"
              className="chip"
              aria-pressed={filter.areas.includes(area)}
              onClick={() => {
                onChange({ ...filter, areas: toggleArea(filter.areas, area) })
              }}
            >
              {bodyAreaLabel(t, area)}
            </button>
          ))}
        </div>
      </div>
      <fieldset className="stretch-filter-group stretch-place">
        <legend className="stretch-filter-label">{t('stretches.filters.where')}</legend>
        <div className="stretch-filter-options">
          {places.map((place) => (
            <label key={place.value} className="chip chip-radio input-tile">
              <input
                type="radio"
                name="stretch-place"
                value={place.value}
                checked={filter.place === place.value}
                onChange={() => {
                  onChange({ ...filter, place: place.value })
                }}
              />
              {t(place.label)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="stretch-filter-result">
        <p role="status" className="stretch-count">
          {countText}
        </p>
        {filtered ? (
          <button
            type="button"
            onClick={() => {
              onChange({ areas: [], place: 'all' })
            }}
          >
            {t('stretches.filters.clear')}
          </button>
        ) : null}
      </div>
    </section>
  )
}
