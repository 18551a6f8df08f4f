// `npm start`: the desktop app when Electron can run here; otherwise the web harness.
// Electron's binary is not fetched by `npm install` (allowScripts: electron false), so the
// first start runs Electron's own installer; where that cannot reach its download host,
// one line says so and the same UI starts in the browser harness instead.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)
const installTimeoutMs = 180_000

function electronBinary() {
  try {
    const electronDir = dirname(require.resolve('electron/package.json'))
    const pathFile = join(electronDir, 'path.txt')
    if (!existsSync(pathFile)) return null
    const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim())
    return existsSync(binary) ? binary : null
  } catch {
    return null
  }
}

function tryInstallElectron() {
  let installer
  try {
    installer = join(dirname(require.resolve('electron/package.json')), 'install.js')
  } catch {
    return 'the electron package is not installed (run npm install)'
  }
  console.log('Upright: fetching the Electron binary (first start only)…')
  const result = spawnSync(process.execPath, [installer], { encoding: 'utf8', timeout: installTimeoutMs })
  if (result.error) return result.error.message
  if (result.status !== 0) {
    const lines = `${result.stderr}\n${result.stdout}`.split('\n').map((line) => line.trim())
    const reason = lines.find((line) => /error|ENOTFOUND|ECONN|EAI_AGAIN|timed out|refused/i.test(line))
    return reason ?? `the installer exited with code ${result.status}`
  }
  return electronBinary() ? null : 'the installer finished but no binary is present'
}

function run(command, args, env = process.env) {
  const child = spawn(command, args, { stdio: 'inherit', env })
  const forward = (signal) => child.kill(signal)
  process.on('SIGINT', forward)
  process.on('SIGTERM', forward)
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)))
}

function build() {
  const result = spawnSync(process.execPath, [join(dirname(require.resolve('electron-vite')), '..', 'bin', 'electron-vite.js'), 'build'], { stdio: 'inherit' })
  const harness = result.status === 0 ? spawnSync(process.execPath, ['scripts/build-harness.mjs'], { stdio: 'inherit' }) : result
  if (harness.status !== 0) {
    console.error('Upright: the build failed (see above).')
    process.exit(harness.status ?? 1)
  }
}

let binary = electronBinary()
let reason = null
if (!binary) {
  reason = tryInstallElectron()
  binary = electronBinary()
}
if (!binary) {
  const short = String(reason ?? 'unknown reason').replace(/\s+/g, ' ').slice(0, 160)
  console.log(`Upright: Electron is not available here (${short}); starting the web harness instead.`)
}
build()
if (binary) run(binary, ['.'])
else run(process.execPath, ['out/web/cli.mjs'])
