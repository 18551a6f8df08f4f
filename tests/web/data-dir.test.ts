import { describe, expect, it } from 'vitest'
import { defaultDataDir } from '../../src/web/data-dir'

describe('defaultDataDir', () => {
  it("matches Electron's userData folder on each OS", () => {
    expect(defaultDataDir('linux', {}, '/home/ana')).toBe('/home/ana/.config/Upright')
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ana')).toBe('/cfg/Upright')
    expect(defaultDataDir('darwin', {}, '/Users/ana')).toBe('/Users/ana/Library/Application Support/Upright')
    expect(defaultDataDir('win32', { APPDATA: 'C:/Users/ana/AppData/Roaming' }, 'C:/Users/ana')).toMatch(/Roaming[\\/]Upright$/)
  })
})
