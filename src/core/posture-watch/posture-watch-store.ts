import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { postureReferenceSchema } from '../../shared/posture-watch'
import { describeZodError } from '../../shared/settings'
import { errorCode, writeFileAtomicSync } from '../settings-store/atomic-write-file'
import { moveAside } from '../settings-store/move-aside'

export const postureWatchFileName = 'posture-watch.json'
const currentVersion = 1

/**
 * What the watch remembers between runs: that the user read the explanation and agreed
 * to the camera, and the calibration (numbers only). Apart from settings so "restore defaults"
 * does not ask for the camera again, and apart from state.json so neither schema blocks the other.
 */
export const postureWatchMemorySchema = z
  .object({
    consentedAtMs: z.int().nonnegative().nullable(),
    reference: postureReferenceSchema.nullable()
  })
  .strict()
export type PostureWatchRecord = z.infer<typeof postureWatchMemorySchema>

const empty: PostureWatchRecord = { consentedAtMs: null, reference: null }

export interface PostureWatchStore {
  get(): PostureWatchRecord
  set(next: PostureWatchRecord): void
  /** A one-line description of a file that had to be set aside, once; then null. */
  takeRecoveryNotice(): string | null
}

function load(filePath: string, nowMs: number): { record: PostureWatchRecord; notice: string | null; canWrite: boolean } {
  let text: string
  try {
    text = readFileSync(filePath, 'utf8')
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { record: empty, notice: null, canWrite: true }
    return { record: empty, notice: `Upright could not read ${filePath}; the posture watch will ask to calibrate again.`, canWrite: false }
  }
  let problem: string
  try {
    const document = z.object({ version: z.literal(currentVersion), watch: postureWatchMemorySchema }).safeParse(JSON.parse(text))
    if (document.success) return { record: document.data.watch, notice: null, canWrite: true }
    problem = describeZodError(document.error)
  } catch (error) {
    problem = `it is not valid JSON (${error instanceof Error ? error.message : String(error)})`
  }
  try {
    const keptAt = moveAside(filePath, nowMs)
    return { record: empty, notice: `The posture watch calibration could not be loaded because ${problem}. The old file was kept as ${keptAt}.`, canWrite: true }
  } catch {
    return { record: empty, notice: `The posture watch calibration could not be loaded because ${problem}.`, canWrite: false }
  }
}

export function openPostureWatchStore(options: { dataDir: string; nowMs?: () => number }): PostureWatchStore {
  const filePath = join(options.dataDir, postureWatchFileName)
  const loaded = load(filePath, (options.nowMs ?? Date.now)())
  let record = loaded.record
  let notice = loaded.notice
  return {
    get: () => record,
    set(next) {
      const checked = postureWatchMemorySchema.parse(next)
      if (loaded.canWrite) writeFileAtomicSync(filePath, `${JSON.stringify({ version: currentVersion, watch: checked }, null, 2)}\n`)
      record = checked
    },
    takeRecoveryNotice() {
      const message = notice
      notice = null
      return message
    }
  }
}
