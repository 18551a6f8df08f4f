import { useTranslation } from 'react-i18next'
import type { MarkedSide, Settings } from '@shared/settings'
import { useContent } from '../../lib/use-content'

/** The compact card at the top of the library: both side settings, what they mean, where to change them. */
export function SidesSummary({ body }: { body: Pick<Settings['body'], 'weakerSide' | 'tighterSide'> | null }) {
  const { t } = useTranslation()
  const { safety } = useContent()
  // Whole sentences per side, because languages inflect "left" and "right".
  const sideValue = (side: MarkedSide): string => t(`sides.value.${side}`)
  return (
    <section className="card weaker-side-summary" aria-labelledby="weaker-side-heading">
      <h2 id="weaker-side-heading">{t('sides.heading')}</h2>
      {body === null ? (
        <p className="muted">{t('sides.loading')}</p>
      ) : (
        <>
          <p>
            <strong>{t('sides.weaker', { value: sideValue(body.weakerSide) })}</strong> {t(`sides.weakerMeaning.${body.weakerSide}`)}
          </p>
          <p>
            <strong>{t('sides.tighter', { value: sideValue(body.tighterSide) })}</strong> {t(`sides.tighterMeaning.${body.tighterSide}`)}
          </p>
        </>
      )}
      <p className="muted">{safety.warmUpAndBreathe.text}</p>
      <a href="#/preferences">{t('sides.change')}</a>
    </section>
  )
}

/** The explainer and the everyday habits that even out the two sides. */
export function UnevenSidesGuide() {
  const { t } = useTranslation()
  const { habitTips, unevenSidesExplainer } = useContent()
  return (
    <section className="uneven-guide" aria-labelledby="uneven-guide-heading">
      <h2 id="uneven-guide-heading">{unevenSidesExplainer.title}</h2>
      {unevenSidesExplainer.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <h3>{t('sides.habits')}</h3>
      <ul className="habit-tips">
        {habitTips.map((tip) => (
          <li key={tip.id} className="habit-tip">
            <strong>{tip.title}</strong>
            <span>{tip.text}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
