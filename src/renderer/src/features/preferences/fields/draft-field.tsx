import type { InputHTMLAttributes, ReactNode } from 'react'
import { describedBy, FieldMessages } from './field-messages'
import type { DraftSetting } from './use-draft-setting'

interface DraftFieldProps {
  draft: DraftSetting
  label: string
  hint?: ReactNode
  className: string
  /** The control: a DraftInput, with whatever the field shows around it. */
  children: ReactNode
}

/** A typed-in setting's label, control and messages (the number and the text fields). */
export function DraftField({ draft, label, hint, className, children }: DraftFieldProps) {
  return (
    <div className={className}>
      <label htmlFor={draft.id}>{label}</label>
      {children}
      <FieldMessages id={draft.id} hint={hint} error={draft.error} saved={draft.saved} locked={draft.locked} />
    </div>
  )
}

type DraftInputProps = { draft: DraftSetting; hint?: ReactNode } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'value' | 'onChange' | 'onBlur' | 'onKeyDown' | 'aria-invalid' | 'aria-describedby'
>

/** The input of a draft setting: every keystroke is checked, blur or Enter saves a valid value. */
export function DraftInput({ draft, hint, ...attributes }: DraftInputProps) {
  return (
    <input
      {...attributes}
      id={draft.id}
      value={draft.text}
      disabled={draft.locked}
      aria-invalid={draft.error ? 'true' : 'false'}
      aria-describedby={describedBy(draft.id, hint, draft.locked)}
      onChange={(event) => {
        draft.change(event.target.value)
      }}
      onBlur={() => void draft.commit()}
      onKeyDown={(event) => {
        if (event.key === 'Enter') void draft.commit()
      }}
    />
  )
}
