import { useEffect, useRef } from 'react'
import { minutesText } from '@shared/countdown'
import type { BreakOutcome } from '@shared/engine-state'
import { useIsWebHarness } from '../../lib/shell'


const headings: Record<BreakOutcome, string> = {
  completed: 'Break over — nice work',
  postponed: 'Break postponed',
  skipped: 'Break skipped',
  missed: 'Break missed'
}

function nextBreakText(outcome: BreakOutcome, nextBreakInSeconds: number | null): string | null {
  if (nextBreakInSeconds === null) return null
  const when = minutesText(nextBreakInSeconds)
  return outcome === 'postponed' ? `We'll remind you again in about ${when}.` : `Next break in about ${when} of screen time.`
}

/** The short end message; focus moves to it so screen readers say how the break ended. */
export function BreakOver({ outcome, nextBreakInSeconds }: { outcome: BreakOutcome; nextBreakInSeconds: number | null }) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    headingRef.current?.focus()
  }, [])
  const isWebHarness = useIsWebHarness()
  const next = nextBreakText(outcome, nextBreakInSeconds)
  return (
    <section className="break-end" aria-labelledby="break-end-heading">
      <h1 id="break-end-heading" ref={headingRef} tabIndex={-1}>
        {headings[outcome]}
      </h1>
      {next ? <p>{next}</p> : null}
      {isWebHarness ? (
        <p className="muted">
          Returning to <a href="./index.html#/today">Upright</a>…
        </p>
      ) : null}
    </section>
  )
}
