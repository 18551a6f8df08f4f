import { mkdirSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Where a screenshot goes: test-results/screenshots in an ordinary run (so `npm test` never
 * rewrites tracked files), docs/screenshots when `npm run screenshots` refreshes the README's.
 */
export function screenshotPath(fileName: string): string {
  const directory = process.env['UPRIGHT_SCREENSHOT_DIR'] ?? join('test-results', 'screenshots')
  mkdirSync(directory, { recursive: true })
  return join(directory, fileName)
}
