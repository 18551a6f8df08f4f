import { useEffect, useRef } from 'react'
import type { TFunction } from 'i18next'
import { Trans, useTranslation } from 'react-i18next'
import { minutesText } from '@shared/countdown'
import type { BreakOutcome } from '@shared/engine-state'
import { useIsWebHarness } from '../../lib/shell'


function nextBreakText(t: TFunction, outcome: BreakOutcome, nextBreakInSeconds: number | null): string | null {
  if (nextBreakInSeconds === null) return null
  const duration = minutesText(t, nextBreakInSeconds)
  return outcome === 'postponed' ? t('break.over.remindAgain', { duration }) : t('break.over.nextIn', { duration })
}

/** The short end message; focus moves to it so screen readers say how the break ended. */
export function BreakOver({ outcome, nextBreakInSeconds }: { outcome: BreakOutcome; nextBreakInSeconds: number | null }) {
  const { t } = useTranslation()
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    headingRef.current?.focus()
  }, [])
  const isWebHarness = useIsWebHarness()
  const next = nextBreakText(t, outcome, nextBreakInSeconds)
  return (
    <section className="break-end" aria-labelledby="break-end-heading">
      <h1 id="break-end-heading" ref={headingRef} tabIndex={-1}>
        {t(`break.over.${outcome}`)}
      </h1>
      {next ? <p>{next}</p> : null}
      {isWebHarness ? (
        <p className="muted">
          <Trans i18nKey="break.over.returning" components={{ go: <a href="./index.html#/today" /> }} />
        </p>
      ) : null}
    </section>
  )
}
