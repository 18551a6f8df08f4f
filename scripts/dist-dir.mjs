// `npm run dist:dir`: an unpacked Linux build made offline from an Electron distribution
// folder you already have (electron-builder would otherwise download one):
//   ELECTRON_DIST=/path/to/electron/dist npm run dist:dir
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'

const require = createRequire(import.meta.url)
const electronDist = process.env.ELECTRON_DIST ? resolve(process.env.ELECTRON_DIST) : null
if (!electronDist || !existsSync(join(electronDist, 'electron'))) {
  console.error(
    'dist:dir needs ELECTRON_DIST set to an unpacked Electron 41.7.1 for Linux (a folder with the `electron` binary), ' +
      'e.g. node_modules/electron/dist after `npm start` has fetched it.'
  )
  process.exit(2)
}
const steps = [
  [join(dirname(require.resolve('electron-vite')), '..', 'bin', 'electron-vite.js'), 'build'],
  [require.resolve('electron-builder/cli.js'), '--linux', 'dir', `-c.electronDist=${electronDist}`, '-c.electronVersion=41.7.1']
]
for (const args of steps) {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
console.log('Unpacked build: dist/linux-unpacked/upright')
