import type { MenuItemConstructorOptions } from 'electron'
import type { TrayAction, TrayActionItem, TrayMenuItem } from '../../shared/tray-menu'

function actionItem(item: TrayActionItem, onAction: (action: TrayAction) => void): MenuItemConstructorOptions {
  return {
    label: item.label,
    enabled: item.enabled,
    click: () => {
      onAction(item.id)
    }
  }
}

/** The shared menu model as an Electron menu template; clicks come back as tray actions. */
export function toMenuTemplate(items: readonly TrayMenuItem[], onAction: (action: TrayAction) => void): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    switch (item.type) {
      case 'status':
        return { label: item.label, enabled: false }
      case 'separator':
        return { type: 'separator' }
      case 'action':
        return actionItem(item, onAction)
      case 'submenu':
        return { label: item.label, enabled: item.enabled, submenu: item.items.map((child) => actionItem(child, onAction)) }
    }
  })
}
