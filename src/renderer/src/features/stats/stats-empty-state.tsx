import { useTranslation } from 'react-i18next'
export function StatsEmptyState({ days }: { days: number }) {
  const { t } = useTranslation()
  return (
    <section className="card empty-state" aria-labelledby="empty-heading">
      <h2 id="empty-heading">{t('stats.empty.heading', { count: days })}</h2>
      <p>{t('stats.empty.text')}</p>
      <p className="muted">{t('stats.empty.hint')}</p>
    </section>
  )
}
