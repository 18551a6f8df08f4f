import type { BodyArea } from '@shared/settings'
import { type PlaceFilter, type StretchFilter, toggleArea } from './stretch-filter'
import { bodyAreaLabels } from './stretch-labels'

const places: readonly { value: PlaceFilter; label: string }[] = [
  { value: 'all', label: 'Anywhere' },
  { value: 'desk', label: 'At the desk' },
  { value: 'floor', label: 'Floor' }
]

export interface StretchFiltersProps {
  areas: readonly BodyArea[]
  filter: StretchFilter
  onChange: (filter: StretchFilter) => void
  countText: string
}

/** Body-area toggles and a place choice; native buttons and radios keep it keyboard-usable. */
export function StretchFilters({ areas, filter, onChange, countText }: StretchFiltersProps) {
  const filtered = filter.areas.length > 0 || filter.place !== 'all'
  return (
    <section className="stretch-filters" aria-label="Filter stretches">
      <div className="stretch-filter-group" role="group" aria-labelledby="area-filter-label">
        <span id="area-filter-label" className="stretch-filter-label">
          Body area
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
              {bodyAreaLabels[area]}
            </button>
          ))}
        </div>
      </div>
      <fieldset className="stretch-filter-group stretch-place">
        <legend className="stretch-filter-label">Where</legend>
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
              {place.label}
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
            Clear filters
          </button>
        ) : null}
      </div>
    </section>
  )
}
