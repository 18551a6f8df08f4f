import ElectronStore from 'electron-store'
import { libraryStorage } from '../../app/storage/conf-storage'

/** electron-store (DESIGN §4's choice in Electron) behind the same port as conf in the harness. */
export const electronStoreStorage = libraryStorage(({ configName, ...options }) => new ElectronStore({ ...options, name: configName }))
