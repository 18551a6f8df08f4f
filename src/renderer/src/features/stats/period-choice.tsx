import { useTranslation } from 'react-i18next'
export const periods = [7, 30] as const
export type PeriodDays = (typeof periods)[number]

/** The 7/30-day switch as a radio group: one choice, arrow keys move between the two. */
export function PeriodChoice({ value, onChange }: { value: PeriodDays; onChange: (days: PeriodDays) => void }) {
  const { t } = useTranslation()
  return (
    <fieldset className="period-choice">
      <legend className="visually-hidden">{t('stats.period')}</legend>
      {periods.map((days) => (
        <label key={days} className={days === value ? 'segment input-tile selected' : 'segment input-tile'}>
          <input
            type="radio"
            name="stats-period"
            value={days}
            checked={days === value}
            onChange={() => {
              onChange(days)
            }}
          />
          {t('stats.lastDays', { count: days })}
        </label>
      ))}
    </fieldset>
  )
}
