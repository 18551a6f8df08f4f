import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import { catalogPartsPlugin } from './build-plugins/catalog-parts'
import { postureWatchAssetsPlugin } from './build-plugins/posture-watch-assets'

export default defineConfig({
  main: {
    build: {
      // Bundle every dependency (zod, luxon, electron-store and its conf are ESM) so the packaged app needs no node_modules.
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve('src/main/index.ts') } }
    }
  },
  preload: {
    build: {
      // A sandboxed preload can only require('electron'): it must be one self-contained CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve('src/renderer'),
    resolve: { alias: { '@shared': resolve('src/shared') } },
    plugins: [react(), catalogPartsPlugin(), postureWatchAssetsPlugin()],
    build: {
      minify: true,
      // Two pages so the break window loads only what it needs, never the stats charts.
      rollupOptions: {
        input: {
          index: resolve('src/renderer/index.html'),
          break: resolve('src/renderer/break.html')
        }
      }
    }
  }
})
