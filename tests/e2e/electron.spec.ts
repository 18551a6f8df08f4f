import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { createRequire } from 'node:module'
import { _electron as electron, expect, test } from '@playwright/test'

const require = createRequire(import.meta.url)

function electronBinary(): string | null {
  const electronDir = dirname(require.resolve('electron/package.json'))
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

const binary = electronBinary()
const skipReason = binary
  ? process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']
    ? 'Electron end-to-end tests need a display (run under xvfb-run)'
    : null
  : 'no Electron binary in node_modules/electron/dist (npm install never downloads it here; `npm start` fetches it on a machine that can reach the download host)'

if (skipReason) console.log(`Skipping Electron end-to-end tests: ${skipReason}`)

test.describe('Electron app', () => {
  test.skip(skipReason !== null, skipReason ?? '')

  test('starts with a secure window and the API bridge', async () => {
    const app = await electron.launch({ executablePath: binary ?? undefined, args: ['.'] })
    try {
      const window = await app.firstWindow()
      await expect(window.getByRole('heading', { level: 1 })).toBeVisible()
      const exposed = await window.evaluate(() => {
        const page = globalThis as Record<string, unknown>
        return {
          hasApi: typeof page['upright'] === 'object',
          hasRequire: typeof page['require'] !== 'undefined',
          hasProcess: typeof page['process'] !== 'undefined'
        }
      })
      expect(exposed).toEqual({ hasApi: true, hasRequire: false, hasProcess: false })
    } finally {
      await app.close()
    }
  })
})
