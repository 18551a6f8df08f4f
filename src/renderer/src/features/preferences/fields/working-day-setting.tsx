import { Trans, useTranslation } from 'react-i18next'
import { useEffect, useId, useRef, useState } from 'react'
import {
  type SettingsPatch,
  type TimeRange,
  type WeekdayKey,
  clockTimeToMinutes,
  rangeOverlaps,
  settingsPatchSchema
} from '@shared/settings'
import { localClockTime } from '../local-clock-time'
import { usePreferencesForm } from '../preferences-form'
import { describeSettingsProblem } from '../validation-message'
import { type FieldProblem, problemText, refusedProblem, type SaveRefusal } from '../field-problem'
import { type Message, message } from '@shared/message'
import { messageText } from '@shared/i18n/message-text'
import { LockedNote, lockedNoteId, useLockedKey } from './locked-setting'

/** The schema allows six ranges a day; more would not fit a real working day anyway. */
const maxRangesPerDay = 6
const midnightEnd = '24:00'

export interface WorkingDaySettingProps {
  day: WeekdayKey
  dayLabel: string
  ranges: readonly TimeRange[]
  /** Offered on weekdays: copies this day's saved hours to Monday–Friday; resolves to a refusal or null. */
  onCopyToWeekdays?: (ranges: readonly TimeRange[]) => Promise<SaveRefusal | null>
}

interface DayProblem {
  problem: FieldProblem
  /** Ranges (by index) the problem is about, to mark their inputs invalid. */
  badRanges: Set<number>
}

function check(day: WeekdayKey, ranges: readonly TimeRange[]): { patch: SettingsPatch } | DayProblem {
  // Said here first, in the page's own clock format; the schema refuses the same thing in main.
  const overlaps = rangeOverlaps(ranges)
  if (overlaps.length > 0) {
    const messages = overlaps.map(({ index, overlapsIndex }) => {
      const other = ranges[overlapsIndex]
      const span = other ? `${localClockTime(other.start)}–${localClockTime(other.end)}` : ''
      return message('fields.day.overlaps', { number: index + 1, span })
    })
    return { problem: [...messages, message('fields.day.noOverlap')], badRanges: new Set(overlaps.map(({ index }) => index)) }
  }
  const result = settingsPatchSchema.safeParse({ workingHours: { days: { [day]: ranges } } })
  if (result.success) return { patch: result.data }
  const badRanges = new Set<number>()
  const problem = result.error.issues.flatMap((issue) => {
    const index = issue.path[3]
    const described = describeSettingsProblem({ ...result.error, issues: [issue] })
    if (typeof index !== 'number') return described
    badRanges.add(index)
    return ranges.length > 1 ? described.map((part) => message('fields.day.rangeProblem', { number: index + 1, message: part })) : described
  })
  return { problem, badRanges }
}

/** A time input cannot say 24:00; an end of 00:00 means the day's end, as on a timetable. */
const endForInput = (end: string): string => (end === midnightEnd ? '00:00' : end)
const endFromInput = (text: string): string => (text === '00:00' ? midnightEnd : text)

function minutesToClock(minutes: number): string {
  if (minutes >= 24 * 60) return midnightEnd
  const hours = Math.floor(minutes / 60)
  return `${String(hours).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

/** A new range starts where the latest one ends (an afternoon after a morning), one hour long. */
function nextRange(ranges: readonly TimeRange[]): TimeRange {
  if (ranges.length === 0) return { start: '09:00', end: '17:00' }
  const latestEnd = Math.max(...ranges.map((range) => clockTimeToMinutes(range.end)))
  if (latestEnd > 23 * 60) return { start: '12:00', end: '13:00' }
  const start = latestEnd + 30
  return { start: minutesToClock(start), end: minutesToClock(Math.min(start + 60, 24 * 60)) }
}

const sameRanges = (a: readonly TimeRange[], b: readonly TimeRange[]): boolean => JSON.stringify(a) === JSON.stringify(b)

/**
 * One weekday's working hours: zero or more ranges. Edits to the times are checked with the
 * settings schema as you type and saved when focus leaves the day (or on Enter); adding or
 * removing a range saves at once when the result is valid.
 */
export function WorkingDaySetting({ day, dayLabel, ranges, onCopyToWeekdays }: WorkingDaySettingProps) {
  const { t } = useTranslation()
  const id = useId()
  const form = usePreferencesForm()
  const [draft, setDraft] = useState<readonly TimeRange[]>(ranges)
  const [shownRanges, setShownRanges] = useState(ranges)
  const [problem, setProblem] = useState<DayProblem | null>(null)
  const [refusal, setRefusal] = useState<FieldProblem | null>(null)
  const [answer, setAnswer] = useState<Message | null>(null)
  /** The hours this day is saving now, to know their echo from another change. */
  const [savingRanges, setSavingRanges] = useState<readonly TimeRange[] | null>(null)
  const addButton = useRef<HTMLButtonElement>(null)
  const locked = useLockedKey(`workingHours.days.${day}`)

  // Switching working hours off removes this day; its unsaved ranges leave the preview with it.
  useEffect(
    () => () => {
      form.propose(id, null)
    },
    [form, id]
  )

  if (!sameRanges(shownRanges, ranges)) {
    setShownRanges(ranges)
    // The echo of this day's own save keeps what was typed since it left (a time typed while
    // "Add a range" was still saving stays); any other change of the saved hours (Copy to all
    // weekdays, Restore defaults, another window) replaces the draft.
    const ownEcho = savingRanges !== null && sameRanges(savingRanges, ranges)
    if (ownEcho) setSavingRanges(null)
    if (!ownEcho || sameRanges(draft, savingRanges)) {
      setDraft(ranges)
      setProblem(null)
      setRefusal(null)
    }
  }

  const evaluate = (next: readonly TimeRange[]): SettingsPatch | null => {
    setDraft(next)
    setRefusal(null)
    setAnswer(null)
    const verdict = check(day, next)
    if ('problem' in verdict) {
      setProblem(verdict)
      form.propose(id, null)
      return null
    }
    setProblem(null)
    form.propose(id, sameRanges(next, ranges) ? null : verdict.patch)
    return verdict.patch
  }

  const save = async (patch: SettingsPatch | null, next: readonly TimeRange[]): Promise<void> => {
    if (!patch || sameRanges(next, ranges)) return
    setSavingRanges(next)
    const reason = await form.save(patch)
    if (reason !== null) setSavingRanges(null)
    form.propose(id, null)
    setRefusal(reason === null ? null : refusedProblem('fields.notSaved', reason))
    setAnswer(reason === null ? message('fields.saved') : null)
  }

  const copy = async (): Promise<void> => {
    if (!onCopyToWeekdays) return
    const reason = await onCopyToWeekdays(ranges)
    setRefusal(reason === null ? null : refusedProblem('fields.notCopied', reason))
    setAnswer(reason === null ? message('fields.day.copied') : null)
  }

  const editTime = (index: number, edge: keyof TimeRange, text: string): void => {
    evaluate(draft.map((range, i) => (i === index ? { ...range, [edge]: edge === 'end' ? endFromInput(text) : text } : range)))
  }

  // Worded at each render, so what shows follows a change of language.
  const shownProblem = refusal ?? problem?.problem ?? null
  const errorId = `${id}-error`

  const rangeInput = (index: number, edge: keyof TimeRange, range: TimeRange, invalid: boolean) => (
    <input
      id={`${id}-${index}-${edge}`}
      type="time"
      value={edge === 'end' ? endForInput(range.end) : range.start}
      aria-invalid={invalid ? 'true' : 'false'}
      aria-describedby={locked ? `${lockedNoteId(id)} ${errorId}` : errorId}
      disabled={locked}
      onChange={(event) => {
        editTime(index, edge, event.target.value)
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') void save(evaluate(draft), draft)
      }}
    />
  )

  return (
    // A labelled group rather than a fieldset: a legend cannot sit in a row beside the ranges.
    <div
      role="group"
      aria-labelledby={`${id}-day`}
      className="working-day"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) void save(evaluate(draft), draft)
      }}
    >
      <span id={`${id}-day`} className="working-day-name">
        {dayLabel}
      </span>
      <div className="working-day-ranges">
        {draft.length === 0 ? <p className="working-day-off">{t('fields.day.off')}</p> : null}
        <ul className="time-ranges">
          {draft.map((range, index) => {
            const invalid = problem?.badRanges.has(index) ?? false
            const which = t('fields.day.which', { day: dayLabel, number: index + 1 })
            return (
              <li key={index} className="time-range">
                <label htmlFor={`${id}-${index}-start`}>
                  <Trans i18nKey="fields.day.from" values={{ which }} components={{ hidden: <span className="visually-hidden" /> }} />
                </label>
                {rangeInput(index, 'start', range, invalid)}
                <label htmlFor={`${id}-${index}-end`}>
                  <Trans i18nKey="fields.day.to" values={{ which }} components={{ hidden: <span className="visually-hidden" /> }} />
                </label>
                {rangeInput(index, 'end', range, invalid)}
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('fields.day.removeLabel', { which })}
                  disabled={locked}
                  onClick={() => {
                    const next = draft.filter((_, i) => i !== index)
                    // The button goes away with its range; keep keyboard focus in this day.
                    addButton.current?.focus()
                    void save(evaluate(next), next)
                  }}
                >
                  {t('fields.day.remove')}
                </button>
              </li>
            )
          })}
        </ul>
        <p id={errorId} className="error" role={shownProblem ? 'alert' : undefined}>
          {shownProblem ? problemText(t, shownProblem) : null}
        </p>
        <p className="field-saved" role="status">
          {shownProblem || answer === null ? '' : messageText(t, answer)}
        </p>
        {locked ? <LockedNote fieldId={id} /> : null}
        {onCopyToWeekdays && !locked && draft.length > 0 && problem === null && sameRanges(draft, ranges) ? (
          <button type="button" className="link-button working-day-copy" onClick={() => void copy()}>
            <Trans i18nKey="fields.day.copy" values={{ day: dayLabel }} components={{ hidden: <span className="visually-hidden" /> }} />
          </button>
        ) : null}
      </div>
      <button
        ref={addButton}
        type="button"
        className="small working-day-add"
        aria-label={t('fields.day.addLabel', { day: dayLabel })}
        disabled={locked || draft.length >= maxRangesPerDay}
        onClick={() => {
          const next = [...draft, nextRange(draft)]
          void save(evaluate(next), next)
        }}
      >
        {t('fields.day.add')}
      </button>
    </div>
  )
}
