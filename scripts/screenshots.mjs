// `npm run screenshots`: runs the Playwright suite with its screenshots written to
// docs/screenshots (the README's pictures) instead of test-results/.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)
const cli = join(dirname(require.resolve('@playwright/test/package.json')), 'cli.js')
const result = spawnSync(process.execPath, [cli, 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, UPRIGHT_SCREENSHOT_DIR: 'docs/screenshots' }
})
process.exit(result.status ?? 1)
