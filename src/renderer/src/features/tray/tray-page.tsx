import { useTranslation } from 'react-i18next'
import { useCallback, useEffect, useId, useState } from 'react'
import type { TrayAction, TrayActionItem, TrayMenuItem, TrayMenuModel } from '@shared/tray-menu'
import { PageHeader } from '../../components/page-header'
import { api } from '../../lib/api'
import { useAppInfo } from '../../lib/use-app-info'
import { useLiveEngineState } from '../today/use-live-engine-state'
import './tray.css'
import { errorMessage } from '@shared/error-message'


function ActionButton({ item, busy, onAction }: { item: TrayActionItem; busy: boolean; onAction: (action: TrayAction) => void }) {
  return (
    <button type="button" className="tray-action" disabled={!item.enabled || busy} onClick={() => onAction(item.id)}>
      {item.label}
    </button>
  )
}

function Submenu({ item, busy, onAction }: { item: Extract<TrayMenuItem, { type: 'submenu' }>; busy: boolean; onAction: (action: TrayAction) => void }) {
  const labelId = useId()
  return (
    <div role="group" aria-labelledby={labelId} className="tray-submenu" aria-disabled={item.enabled ? undefined : true}>
      <span id={labelId} className="tray-submenu-label">
        {item.label}
      </span>
      <div className="tray-submenu-items">
        {item.items.map((child) => (
          <ActionButton key={child.id} item={{ ...child, enabled: child.enabled && item.enabled }} busy={busy} onAction={onAction} />
        ))}
      </div>
    </div>
  )
}

/**
 * The tray menu as a page, for the web harness, which has no system tray: the same model
 * the Electron tray is built from (tray:menu), the same actions (tray:action), refreshed
 * whenever the engine's state changes.
 */
export default function TrayPage() {
  const { t } = useTranslation()
  const info = useAppInfo()
  const { state } = useLiveEngineState(info?.timeScale ?? 1)
  const [model, setModel] = useState<TrayMenuModel | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(
    () =>
      api.tray.menu().then(
        (next) => {
          setModel(next)
          setError(null)
        },
        (reason: unknown) => {
          setError(t('trayPage.loadFailed', { reason: errorMessage(reason) }))
        }
      ),
    [t]
  )

  // The model is rebuilt from every new engine state, as the Electron tray is.
  useEffect(() => {
    void load()
  }, [load, state])

  const onAction = (action: TrayAction): void => {
    setBusy(true)
    setError(null)
    api.tray
      .action({ action })
      .then(load, (reason: unknown) => {
        setError(t('trayPage.actionFailed', { reason: errorMessage(reason) }))
      })
      .finally(() => {
        setBusy(false)
      })
  }

  return (
    <>
      <PageHeader title={t('trayPage.title')}>{t('trayPage.intro')}</PageHeader>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {model ? (
        <section className="card tray-menu" aria-labelledby="tray-status">
          <p className="tray-status-row">
            <span className={`tray-icon tray-icon-${model.icon}`} aria-hidden="true" />
            <span id="tray-status" role="status" className="tray-status">
              {model.status}
            </span>
            <span className="pill">{t('trayPage.iconShows', { state: t(`trayPage.icon.${model.icon}`) })}</span>
          </p>
          <ul className="tray-items" aria-label={t('trayPage.menu')}>
            {model.items.map((item, index) => {
              switch (item.type) {
                case 'status':
                  // The first is the status line above; the rest (active today, a write problem, a
                  // break held for hours) are the grey rows the desktop tray shows under it.
                  return index === 0 ? null : (
                    <li key={`status-${index}`} className="tray-status-line">
                      {item.label}
                    </li>
                  )
                case 'separator':
                  return (
                    <li key={index}>
                      <hr className="tray-separator" />
                    </li>
                  )
                case 'action':
                  return (
                    <li key={item.id}>
                      <ActionButton item={item} busy={busy} onAction={onAction} />
                    </li>
                  )
                case 'submenu':
                  return (
                    <li key={item.label}>
                      <Submenu item={item} busy={busy} onAction={onAction} />
                    </li>
                  )
              }
            })}
          </ul>
        </section>
      ) : null}
    </>
  )
}
