import { useTranslation } from 'react-i18next'
import type { ReactNode } from 'react'
import { type FieldProblem, problemText } from '../field-problem'
import { LockedNote, lockedNoteId } from './locked-setting'

/**
 * The hint and the answer under a field, with the ids its control's aria-describedby names:
 * the error (an alert, because it blocks saving) or "Saved" once the value is kept. Both are
 * always rendered (empty when there is nothing to say) so screen readers hear them appear,
 * and they sit in the flow under the field, so they never cover anything.
 */
export function FieldMessages({
  id,
  hint,
  error,
  saved = false,
  locked = false
}: {
  id: string
  hint?: ReactNode
  error: FieldProblem | null
  saved?: boolean
  locked?: boolean
}) {
  // Worded here, at each render, so an error already showing follows a change of language.
  const { t } = useTranslation()
  return (
    <>
      {locked ? <LockedNote fieldId={id} /> : null}
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <p id={`${id}-error`} className="error" role={error ? 'alert' : undefined}>
        {error ? problemText(t, error) : null}
      </p>
      <p className="field-saved" role="status">
        {saved && !error ? t('fields.saved') : ''}
      </p>
    </>
  )
}

export function describedBy(id: string, hint: ReactNode, locked = false): string {
  return [groupDescribedBy(id, hint, locked), `${id}-error`].filter(Boolean).join(' ')
}

/** For a group of options (a fieldset): the locked note and the hint; each option answers for itself. */
export function groupDescribedBy(id: string, hint: ReactNode, locked = false): string | undefined {
  return [locked ? lockedNoteId(id) : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined
}
