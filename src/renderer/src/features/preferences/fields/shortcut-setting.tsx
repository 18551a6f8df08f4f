import { useTranslation } from 'react-i18next'
import { type KeyboardEvent, useState } from 'react'
import type { SettingsPatch } from '@shared/settings'
import type { Message } from '@shared/message'
import { acceleratorFromKeyPress, acceleratorProblem, readableKeys } from '../accelerator'
import { describedBy, FieldMessages } from './field-messages'
import { useImmediateSetting } from './use-immediate-setting'
import { useLocked } from './locked-setting'

export interface ShortcutSettingProps {
  label: string
  /** The stored Electron accelerator ("CommandOrControl+Alt+B"); empty for none. */
  value: string
  toPatch: (accelerator: string) => SettingsPatch
}

const isMac = /Mac/i.test(navigator.platform || navigator.userAgent)

function Keys({ keys }: { keys: readonly string[] }) {
  return (
    <>
      {keys.map((key, index) => (
        <span key={`${key}-${String(index)}`}>
          {index > 0 ? ' + ' : null}
          <kbd>{key}</kbd>
        </span>
      ))}
    </>
  )
}

/**
 * A global shortcut, recorded by pressing it: the keys show as the user knows them (Ctrl + Alt
 * + B, ⌘ ⌥ B on a Mac) and are stored as an Electron accelerator. Esc cancels; saved at once.
 */
export function ShortcutSetting({ label, value, toPatch }: ShortcutSettingProps) {
  const { t } = useTranslation()
  const setting = useImmediateSetting(value)
  const locked = useLocked(toPatch(value))
  const [recording, setRecording] = useState(false)
  const [held, setHeld] = useState('')
  const [problem, setProblem] = useState<Message | null>(null)
  const hint = recording ? t('fields.shortcut.recordingHint') : t('fields.shortcut.hint')

  const stop = (): void => {
    setRecording(false)
    setHeld('')
  }

  const save = (accelerator: string): void => {
    setting.save(accelerator, toPatch(accelerator))
  }

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>): void => {
    if (!recording) return
    // While recording, every key belongs to the shortcut (Tab and Enter included).
    event.preventDefault()
    const plain = !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey
    if (event.key === 'Escape' && plain) {
      stop()
      return
    }
    const press = acceleratorFromKeyPress(event)
    if (!press.done) {
      setHeld(press.held)
      return
    }
    stop()
    const reason = acceleratorProblem(press.accelerator)
    setProblem(reason)
    if (reason === null) save(press.accelerator)
  }

  const error = problem ? [problem] : setting.error
  return (
    <div className="field field-wide shortcut-field">
      <span id={`${setting.id}-label`} className="field-label">
        {label}
      </span>
      <div className="shortcut-controls">
        <p className="shortcut-keys" id={`${setting.id}-keys`} aria-live="polite">
          {recording ? held === '' ? t('fields.shortcut.pressKeys') : <Keys keys={[...readableKeys(held, isMac), '…']} /> : null}
          {!recording && setting.shown !== '' ? <Keys keys={readableKeys(setting.shown, isMac)} /> : null}
          {!recording && setting.shown === '' ? t('fields.shortcut.none') : null}
        </p>
        <button
          id={setting.id}
          type="button"
          aria-pressed={recording}
          disabled={locked}
          aria-labelledby={`${setting.id}-label ${setting.id}-keys ${setting.id}`}
          aria-describedby={describedBy(setting.id, hint, locked)}
          onClick={() => {
            setProblem(null)
            setRecording((on) => !on)
            setHeld('')
          }}
          onKeyDown={onKeyDown}
          onBlur={stop}
        >
          {recording ? t('fields.shortcut.recording') : t('fields.shortcut.record')}
        </button>
        {setting.shown !== '' && !recording && !locked ? (
          <button
            type="button"
            onClick={() => {
              setProblem(null)
              save('')
            }}
          >
            {t('fields.shortcut.remove')}
          </button>
        ) : null}
      </div>
      <FieldMessages id={setting.id} hint={hint} error={error} saved={setting.saved && problem === null} locked={locked} />
    </div>
  )
}
