import { z } from 'zod'
import { epochMsSchema } from '../../shared/bounds'
import { postureReferenceSchema } from '../../shared/posture-watch'
import { openRecordFile, type StoreLocation } from '../storage/record-file'
import { message, type Message } from '../../shared/message'

export const postureWatchFileName = 'posture-watch.json'

/**
 * What the watch remembers between runs: that the user read the explanation and agreed
 * to the camera, and the calibration (numbers only). Apart from settings so "restore defaults"
 * does not ask for the camera again, and apart from state.json so neither schema blocks the other.
 */
export const postureWatchMemorySchema = z
  .object({
    consentedAtMs: epochMsSchema.nullable(),
    reference: postureReferenceSchema.nullable()
  })
  .strict()
export type PostureWatchRecord = z.infer<typeof postureWatchMemorySchema>

const empty: PostureWatchRecord = { consentedAtMs: null, reference: null }

export interface PostureWatchStore {
  get(): PostureWatchRecord
  /** Keeps `next` for this session and saves it; a failed save is reported through `onSaveResult`, never thrown. */
  set(next: PostureWatchRecord): void
  /** A one-line description of a file that had to be set aside, once; then null. */
  takeRecoveryNotice(): Message | null
}

/** Through the shared JSON store: versioned, zod-checked, a bad file set aside with a notice. */
export function openPostureWatchStore(location: StoreLocation): PostureWatchStore {
  const file = openRecordFile<PostureWatchRecord>(location, {
    name: 'posture-watch',
    key: 'watch',
    schema: postureWatchMemorySchema,
    defaults: empty,
    wording: { subject: message('messages.storage.file.postureWatch'), fallback: message('messages.storage.fallback.postureWatch') }
  })
  let record = file.initial
  return {
    get: () => record,
    set(next) {
      record = postureWatchMemorySchema.parse(next)
      try {
        file.save(record)
      } catch {
        // Already told through onSaveResult (the full-disk or read-only notice); the watch goes on
        // with the consent and calibration in memory, and asks again next start.
      }
    },
    takeRecoveryNotice: () => file.takeRecoveryNotice()
  }
}
