// Bundles the web harness (src/web/cli.ts and the app layer it runs) into out/web/cli.mjs, so
// `npm run web` and every end-to-end test start it with plain node: about three times faster
// than transpiling it with tsx at each start (the Playwright suite starts it some 80 times).
// Packages stay external: they are installed, and bundling would copy conf/atomically twice.
import { build } from 'esbuild'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

await build({
  entryPoints: [resolve(root, 'src/web/cli.ts')],
  outfile: resolve(root, 'out/web/cli.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning'
})
