import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { RedFlagTier } from '@shared/content/schema'
import { safetyTierOf } from '@shared/routes'
import { PageHeader } from '../../components/page-header'
import { useContent } from '../../lib/use-content'
// This page shows health content: its English comes with the page, not with the main window's start.
import '../../lib/english-content'
import './safety.css'

export function safetyTierHeadingId(tier: RedFlagTier['id']): string {
  return `safety-${tier}`
}

/**
 * A link such as "#/safety?tier=urgent" (from the first-run notice or the comfort alert) lands
 * on that tier: it is scrolled into view and its heading takes focus, so a screen reader starts
 * reading there. Deferred one tick so it runs after the shell moves focus to the new page.
 */
function useFocusRequestedTier(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const focusTier = (): void => {
      const tier = safetyTierOf(window.location.hash.replace(/^#\/?/, ''))
      if (tier === null) return
      timer = setTimeout(() => {
        const heading = document.getElementById(safetyTierHeadingId(tier))
        heading?.scrollIntoView({ block: 'start' })
        heading?.focus()
      }, 0)
    }
    focusTier()
    window.addEventListener('hashchange', focusTier)
    return () => {
      clearTimeout(timer)
      window.removeEventListener('hashchange', focusTier)
    }
  }, [])
}

export default function SafetyPage() {
  useFocusRequestedTier()
  const { t } = useTranslation()
  const { disclaimer, redFlagTiers, stopIfItHurts, wellnessStatement } = useContent().safety
  return (
    <>
      <PageHeader title={t('safety.title')}>{t('safety.intro')}</PageHeader>

      <section className="card safety-section" aria-labelledby="safety-disclaimer">
        <h2 id="safety-disclaimer">{disclaimer.title}</h2>
        {disclaimer.paragraphs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </section>

      <p className="safety-stop">
        <span className="safety-stop-mark" aria-hidden="true" />
        {stopIfItHurts}
      </p>

      {redFlagTiers.map((tier) => (
        <section key={tier.id} className={`safety-section safety-tier safety-tier-${tier.id}`} aria-labelledby={safetyTierHeadingId(tier.id)}>
          <h2 id={safetyTierHeadingId(tier.id)} tabIndex={-1}>
            {tier.title}
          </h2>
          <p>{tier.intro}</p>
          <ul>
            {tier.items.map((item) => (
              <li key={item.id}>{item.text}</li>
            ))}
          </ul>
          <p className="safety-tier-action">{tier.action}</p>
        </section>
      ))}

      <footer className="safety-footer">
        <p>{wellnessStatement}</p>
      </footer>
    </>
  )
}
