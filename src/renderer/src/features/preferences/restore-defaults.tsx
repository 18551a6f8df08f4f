import { useTranslation } from 'react-i18next'
import { useEffect, useRef, useState } from 'react'

export interface RestoreDefaultsProps {
  onRestore: () => Promise<void>
}

/**
 * Two steps, inline: the first button only asks, the second restores. Focus moves into the
 * question and back to the first button when it closes, so keyboard users never lose their place.
 */
export function RestoreDefaults({ onRestore }: RestoreDefaultsProps) {
  const { t } = useTranslation()
  const [asking, setAsking] = useState(false)
  const [busy, setBusy] = useState(false)
  const askButton = useRef<HTMLButtonElement>(null)
  const cancelButton = useRef<HTMLButtonElement>(null)
  const returnFocus = useRef(false)

  useEffect(() => {
    if (asking) cancelButton.current?.focus()
    else if (returnFocus.current) {
      returnFocus.current = false
      askButton.current?.focus()
    }
  }, [asking])

  const close = (): void => {
    returnFocus.current = true
    setAsking(false)
  }

  return (
    <div className="restore-defaults">
      <button
        ref={askButton}
        type="button"
        aria-expanded={asking}
        aria-controls="restore-defaults-confirm"
        onClick={() => {
          setAsking(true)
        }}
      >
        {t('prefs.restore.ask')}
      </button>
      {asking ? (
        <div
          id="restore-defaults-confirm"
          className="confirm"
          role="group"
          aria-labelledby="restore-defaults-question"
          onKeyDown={(event) => {
            if (event.key === 'Escape') close()
          }}
        >
          <p id="restore-defaults-question">
            {t('prefs.restore.question')}
          </p>
          <div className="row">
            <button
              type="button"
              className="danger"
              disabled={busy}
              onClick={() => {
                setBusy(true)
                void onRestore().finally(() => {
                  setBusy(false)
                  close()
                })
              }}
            >
              {t('prefs.restore.confirm')}
            </button>
            <button ref={cancelButton} type="button" onClick={close}>
              {t('prefs.restore.cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  )
}
