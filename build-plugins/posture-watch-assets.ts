import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, dirname, join } from 'node:path'
import type { Plugin } from 'vite'
import { postureWatchAssets } from '../src/shared/posture-watch-assets'

const require = createRequire(import.meta.url)

/** A model is its JSON (topology and weights manifest) plus the weight shards it names. */
function modelFiles(modelsDir: string, jsonName: string): string[] {
  const manifest = JSON.parse(readFileSync(join(modelsDir, jsonName), 'utf8')) as { weightsManifest?: { paths: string[] }[] }
  const shards = (manifest.weightsManifest ?? []).flatMap((group) => group.paths)
  return [jsonName, ...shards]
}

/**
 * Copies only the two models the posture watch uses (of the 13 that @vladmandic/human ships)
 * and tfjs's .wasm binaries into the renderer build. Served from the app's own origin.
 */
export function postureWatchAssetsPlugin(): Plugin {
  return {
    name: 'upright-posture-watch-assets',
    apply: 'build',
    generateBundle() {
      // The package's `require` entry is dist/human.node.js; models/ sits beside dist/.
      const modelsDir = join(dirname(dirname(require.resolve('@vladmandic/human'))), 'models')
      const wasmDir = dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'))
      const models = [postureWatchAssets.faceModel, postureWatchAssets.bodyModel].flatMap((name) => modelFiles(modelsDir, name))
      for (const name of models) {
        this.emitFile({ type: 'asset', fileName: `${postureWatchAssets.modelDir}/${name}`, source: readFileSync(join(modelsDir, name)) })
      }
      // The threaded build needs a cross-origin-isolated page (SharedArrayBuffer); ours is not, so
      // tfjs picks the SIMD build, or the plain one where SIMD is missing.
      for (const name of ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm']) {
        this.emitFile({ type: 'asset', fileName: `${postureWatchAssets.wasmDir}/${basename(name)}`, source: readFileSync(join(wasmDir, name)) })
      }
    }
  }
}
