import { useTranslation } from 'react-i18next'
import { safetyTierHref } from '@shared/routes'

/**
 * Shown when discomfort has stayed high on several recent check-in days. Calm and general on
 * purpose: Upright cannot know why, so it points to someone who can, and to the safety page.
 */
export function ComfortAlert() {
  const { t } = useTranslation()
  return (
    <div className="comfort-alert" role="note" aria-labelledby="comfort-alert-heading">
      <h3 id="comfort-alert-heading">{t('comfort.alert.heading')}</h3>
      <p>{t('comfort.alert.text')}</p>
      <p>{t('comfort.alert.sameDay')}</p>
      <ul className="comfort-alert-links">
        <li>
          <a href={safetyTierHref('professional')}>{t('comfort.alert.professional')}</a>
        </li>
        <li>
          <a href={safetyTierHref('urgent')}>{t('comfort.alert.urgent')}</a>
        </li>
      </ul>
    </div>
  )
}
