import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { engineSnapshotSchema, type EngineSnapshot } from '../../shared/engine-snapshot'
import { describeZodError } from '../../shared/settings'
import { errorCode, writeFileAtomicSync } from '../settings-store/atomic-write-file'
import { moveAside } from '../settings-store/move-aside'

/**
 * Where the reminder counts live between runs (DESIGN.md §3 "Restart"): `counts.json` in the data
 * folder, `{ "version": 1, "counts": <EngineSnapshot> }`, written atomically at each engine event
 * and on quit. Kept behind this small interface, apart from `state.json`, so it can move to
 * whatever store the app settles on without touching the engine or the services.
 *
 * A damaged file, or one from a newer version, is set aside with a notice and the counts start
 * fresh; nothing else is affected.
 */
export interface SavedCountsStore {
  /** What the previous run saved, or null (first start, or a file that had to be set aside). */
  load(): EngineSnapshot | null
  /** Saves; a failure is reported through `onError` once per kind, never thrown at the engine. */
  save(snapshot: EngineSnapshot): void
  /** A one-line description of a file that had to be set aside, once; then null. */
  takeRecoveryNotice(): string | null
}

export const savedCountsFileName = 'counts.json'
export const savedCountsVersion = 1

interface Loaded {
  snapshot: EngineSnapshot | null
  notice: string | null
  /** False when a file we could not read or set aside is still there: it must not be overwritten. */
  canWrite: boolean
}

const freshStart = 'Your break and posture counts start fresh'

function load(filePath: string, nowMs: number): Loaded {
  let text: string
  try {
    text = readFileSync(filePath, 'utf8')
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { snapshot: null, notice: null, canWrite: true }
    return { snapshot: null, notice: `Upright could not read ${filePath}. ${freshStart}, and the file is left as it is.`, canWrite: false }
  }
  let problem: string
  try {
    const content = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown
    const isObject = typeof content === 'object' && content !== null
    const version = isObject && 'version' in content ? content.version : undefined
    if (typeof version === 'number' && Number.isInteger(version) && version > savedCountsVersion) {
      problem = `they were saved by a newer version of Upright (format ${version})`
    } else {
      const parsed = engineSnapshotSchema.safeParse(isObject && 'counts' in content ? content.counts : undefined)
      if (parsed.success && version === savedCountsVersion) return { snapshot: parsed.data, notice: null, canWrite: true }
      problem = parsed.success ? `the file has an unknown version (${String(version)})` : `the file is damaged (${describeZodError(parsed.error)})`
    }
  } catch (error) {
    problem = `the file is not valid JSON (${error instanceof Error ? error.message : String(error)})`
  }
  try {
    const keptAt = moveAside(filePath, nowMs)
    return { snapshot: null, notice: `${freshStart}: ${problem}. The old file was kept as ${keptAt}.`, canWrite: true }
  } catch {
    return { snapshot: null, notice: `${freshStart}: ${problem}, and the file could not be set aside.`, canWrite: false }
  }
}

export function openSavedCountsStore(options: {
  dataDir: string
  nowMs?: () => number
  onError?: (error: unknown) => void
}): SavedCountsStore {
  const filePath = join(options.dataDir, savedCountsFileName)
  const loaded = load(filePath, (options.nowMs ?? Date.now)())
  let notice = loaded.notice
  let lastErrorCode: string | null = null
  return {
    load: () => loaded.snapshot,
    save(snapshot) {
      if (!loaded.canWrite) return
      try {
        writeFileAtomicSync(filePath, `${JSON.stringify({ version: savedCountsVersion, counts: engineSnapshotSchema.parse(snapshot) })}\n`)
        lastErrorCode = null
      } catch (error) {
        // A full disk fails at every event: say it once until a save works again.
        const code = errorCode(error) ?? 'unknown'
        if (code !== lastErrorCode) options.onError?.(error)
        lastErrorCode = code
      }
    },
    takeRecoveryNotice() {
      const message = notice
      notice = null
      return message
    }
  }
}
