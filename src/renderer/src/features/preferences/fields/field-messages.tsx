import { rendererI18n } from '../../../lib/i18n'
import type { ReactNode } from 'react'

/**
 * The hint and the answer under a field, with the ids its control's aria-describedby names:
 * the error (an alert, because it blocks saving) or "Saved" once the value is kept. Both are
 * always rendered (empty when there is nothing to say) so screen readers hear them appear,
 * and they sit in the flow under the field, so they never cover anything.
 */
export function FieldMessages({ id, hint, error, saved = false }: { id: string; hint?: ReactNode; error: string | null; saved?: boolean }) {
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
      <p className="field-saved" role="status">
        {saved && !error ? rendererI18n.t('fields.saved') : ''}
      </p>
    </>
  )
}

export function describedBy(id: string, hint: ReactNode): string {
  return hint ? `${id}-hint ${id}-error` : `${id}-error`
}
