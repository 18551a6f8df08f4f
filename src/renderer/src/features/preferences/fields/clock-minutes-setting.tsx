import type { ReactNode } from 'react'
import type { SettingsPatch } from '@shared/settings'
import { useTranslation } from 'react-i18next'
import { message } from '@shared/message'
import { DraftField, DraftInput } from './draft-field'
import { type Parsed, useDraftSetting } from './use-draft-setting'

/** "0, 30" for [0, 30]: how the minutes past the hour are shown and typed. */
export function formatClockMinutes(minutes: readonly number[]): string {
  return minutes.join(', ')
}

/**
 * Typed minutes ("50", "20 50", ":00, :30") in ascending order. Repeats are kept so the schema
 * can say so; anything that is not a whole number is refused here, in words.
 */
export function parseClockMinutes(text: string): Parsed<number[]> {
  const parts = text.split(/[\s,;]+/).map((part) => part.replace(/^:/, '')).filter((part) => part !== '')
  if (parts.length === 0) return { ok: false, message: message('fields.clockMinutes.empty') }
  const minutes = parts.map(Number)
  if (!minutes.every((minute) => Number.isInteger(minute))) {
    return { ok: false, message: message('fields.clockMinutes.notWhole') }
  }
  return { ok: true, value: [...minutes].sort((a, b) => a - b) }
}

export interface ClockMinutesSettingProps {
  label: string
  hint?: ReactNode
  value: readonly number[]
  toPatch: (minutes: number[]) => SettingsPatch
}

/**
 * The minutes past each hour of clock-aligned breaks, as one text field. The draft is kept as
 * normalised text so an equal list (a new array from main) is not taken for a change.
 */
export function ClockMinutesSetting({ label, hint, value, toPatch }: ClockMinutesSettingProps) {
  const { t } = useTranslation()
  const draft = useDraftSetting<string>({
    value: formatClockMinutes(value),
    format: (text) => text,
    parse: (text) => {
      const parsed = parseClockMinutes(text)
      return parsed.ok ? { ok: true, value: formatClockMinutes(parsed.value) } : parsed
    },
    toPatch: (text) => {
      const parsed = parseClockMinutes(text)
      return toPatch(parsed.ok ? parsed.value : [])
    }
  })
  return (
    <DraftField draft={draft} label={label} hint={hint} className="field">
      <span className="field-control">
        <DraftInput draft={draft} hint={hint} type="text" inputMode="numeric" autoComplete="off" />
        <span className="unit" aria-hidden="true">
          {t('prefs.field.break.clockMinutes.unit')}
        </span>
      </span>
    </DraftField>
  )
}
