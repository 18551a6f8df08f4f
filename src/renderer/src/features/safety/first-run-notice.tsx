import { useEffect, useState } from 'react'
import { safetyContent } from '../../../../shared/content/safety'
import { safetyTierHref } from '../../../../shared/routes'
import { api } from '../../lib/api'
import './safety.css'
import { saved } from '../../lib/saved'

const { disclaimer } = safetyContent

/**
 * The wellness notice shown on first run until the user acknowledges it. A banner rather than
 * a modal: it must be read, but it should not lock the rest of the app (or a break) behind it.
 */
export function FirstRunNotice() {
  const [show, setShow] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    let cancelled = false
    api.onboarding.get().then(
      (onboarding) => {
        if (!cancelled) setShow(onboarding.safetyAcknowledgedAtMs === null)
      },
      () => undefined
    )
    return () => {
      cancelled = true
    }
  }, [])

  if (!show) return null

  const acknowledge = async (): Promise<void> => {
    setBusy(true)
    setError(null)
    try {
      saved(await api.onboarding.update({ safetyAcknowledgedAtMs: Date.now() }))
      setShow(false)
    } catch (reason) {
      setError(`Could not save that: ${reason instanceof Error ? reason.message : String(reason)}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="first-run-notice" aria-labelledby="first-run-notice-heading">
      <h2 id="first-run-notice-heading">{disclaimer.title}</h2>
      {disclaimer.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="row">
        <button type="button" className="primary" disabled={busy} onClick={() => void acknowledge()}>
          {disclaimer.acknowledgeLabel}
        </button>
        <a href={safetyTierHref('emergency')}>When to get help</a>
      </div>
    </section>
  )
}
