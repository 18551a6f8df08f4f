import type { ReactNode } from 'react'

/**
 * The hint and the error under a field, with the ids its control's aria-describedby names.
 * The error is always rendered (empty when fine) so screen readers hear it appear; it is an
 * alert because it blocks saving.
 */
export function FieldMessages({ id, hint, error }: { id: string; hint?: ReactNode; error: string | null }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <p id={`${id}-error`} className="error" role={error ? 'alert' : undefined}>
        {error}
      </p>
    </>
  )
}

export function describedBy(id: string, hint: ReactNode): string {
  return hint ? `${id}-hint ${id}-error` : `${id}-error`
}
