import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type AppState, appStateSchema, defaultAppState } from '../../shared/app-state'
import { describeZodError } from '../../shared/settings'
import { errorCode, writeFileAtomicSync } from '../settings-store/atomic-write-file'
import { moveAside } from '../settings-store/move-aside'

export const appStateFileName = 'state.json'
const currentVersion = 1

export interface AppStateStore {
  get(): AppState
  /** Applies `change` to a copy; saves only a result that passes the schema. */
  update(change: (state: AppState) => AppState): AppState
  /** A one-line description of a file that had to be set aside, once; then null. */
  takeRecoveryNotice(): string | null
}

interface Loaded {
  state: AppState
  notice: string | null
  /** False when a file we could not read or set aside is still there: it must not be overwritten. */
  canWrite: boolean
}

const inMemoryOnly = 'Changes are kept until Upright quits, and the file is left as it is.'

function load(filePath: string, nowMs: number): Loaded {
  let text: string
  try {
    text = readFileSync(filePath, 'utf8')
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { state: defaultAppState, notice: null, canWrite: true }
    return {
      state: defaultAppState,
      notice: `Upright could not read ${filePath}, so checklist answers start fresh. ${inMemoryOnly}`,
      canWrite: false
    }
  }
  let problem: string
  try {
    const fileContent = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown
    const isObject = typeof fileContent === 'object' && fileContent !== null
    const parsed = appStateSchema.safeParse(isObject && 'state' in fileContent ? fileContent.state : undefined)
    const version = isObject && 'version' in fileContent ? fileContent.version : undefined
    if (parsed.success && version === currentVersion) return { state: parsed.data, notice: null, canWrite: true }
    problem = parsed.success ? `it has an unknown version (${String(version)})` : describeZodError(parsed.error)
  } catch (error) {
    problem = `it is not valid JSON (${error instanceof Error ? error.message : String(error)})`
  }
  try {
    const keptAt = moveAside(filePath, nowMs)
    return {
      state: defaultAppState,
      notice: `Your checklist answers could not be loaded because ${problem}. The old file was kept as ${keptAt}.`,
      canWrite: true
    }
  } catch {
    return {
      state: defaultAppState,
      notice: `Your checklist answers could not be loaded because ${problem}, and the file could not be set aside. ${inMemoryOnly}`,
      canWrite: false
    }
  }
}

/** Checklist answers and first-run progress in `state.json`, written atomically. */
export function openAppStateStore(options: { dataDir: string; nowMs?: () => number }): AppStateStore {
  const filePath = join(options.dataDir, appStateFileName)
  const loaded = load(filePath, (options.nowMs ?? Date.now)())
  let state = loaded.state
  let notice = loaded.notice
  return {
    get: () => state,
    update(change) {
      const next = appStateSchema.parse(change(structuredClone(state)))
      if (loaded.canWrite) writeFileAtomicSync(filePath, `${JSON.stringify({ version: currentVersion, state: next }, null, 2)}\n`)
      state = next
      return state
    },
    takeRecoveryNotice() {
      const message = notice
      notice = null
      return message
    }
  }
}
