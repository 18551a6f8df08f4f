import { readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Temp files an interrupted write left behind (a crash or kill between write and rename):
 * atomically's `<file>.tmp-<16 digits/hex>` and the earlier hand-written writer's
 * `.<file>.<pid>-<hex>.tmp` (which never wrote the later files). Only names of files Upright writes
 * match; counts.json, choices.json and posture-watch.json go through atomically too.
 */
const staleTempName =
  /^(?:(?:settings\.json|state\.json|history\.jsonl|counts\.json|choices\.json|posture-watch\.json)\.tmp-\d{10}[0-9a-f]{6}|\.(?:settings\.json|state\.json|history\.jsonl)\.\d+-[0-9a-f]{8}\.tmp)$/

/**
 * Called once at start, before anything writes: Upright runs as a single instance, so no
 * temp file in its folder can belong to a write still under way. Returns the names removed.
 */
export function removeStaleTempFiles(dataDir: string): string[] {
  let names: string[]
  try {
    names = readdirSync(dataDir)
  } catch {
    return []
  }
  const removed: string[] = []
  for (const name of names) {
    if (!staleTempName.test(name)) continue
    try {
      rmSync(join(dataDir, name), { force: true })
      removed.push(name)
    } catch {
      // A read-only folder: the leftovers stay, and the read-only notice says why.
    }
  }
  return removed
}
