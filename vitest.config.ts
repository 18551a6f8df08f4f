import { availableParallelism } from 'node:os'
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { catalogPartsPlugin } from './build-plugins/catalog-parts'

// Core, shared, app-layer and main tests run in Node; renderer tests in jsdom. `electron` is
// faked once for every main-process test (tests/main/setup.ts), as electron/fiddle does.
export default defineConfig({
  plugins: [react(), catalogPartsPlugin()],
  // Same alias as the renderer build (electron.vite.config.ts) and tsconfig.web.json.
  resolve: { alias: { '@shared': resolve('src/shared') } },
  test: {
    // Threads start faster than forked processes: about 35 s less on two cores.
    pool: 'threads',
    // Vitest leaves one core free by default, which on a two-core machine is half of it: every
    // core runs a worker (the unit run here: 144 s with one, 101 s with two).
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // These tests mock no modules and share no globals, so a worker keeps its imports from
          // file to file (a quarter of the unit run was re-importing the same modules).
          isolate: false,
          include: ['tests/core/**/*.test.ts', 'tests/shared/**/*.test.ts', 'tests/app/**/*.test.ts', 'tests/web/**/*.test.ts']
        }
      },
      {
        extends: true,
        test: {
          name: 'main',
          environment: 'node',
          include: ['tests/main/**/*.test.ts'],
          setupFiles: ['tests/main/setup.ts'],
          // electron-store imports `electron` itself: inlined, it sees the fake too.
          server: { deps: { inline: ['electron-store'] } }
        }
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/renderer/setup.ts']
        }
      }
    ]
  }
})
