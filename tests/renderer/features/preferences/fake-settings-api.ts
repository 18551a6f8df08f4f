import type { SettingsUpdateResult } from '@shared/ipc/contract'
import type { SchedulePreview } from '@shared/schedule-preview'
import {
  applySettingsPatch,
  defaultSettings,
  describeZodError,
  type Settings,
  type SettingsPatch,
  settingsPatchSchema,
  settingsRefusal,
  settingsSchema
} from '@shared/settings'
import type { z } from 'zod'
import { createFakeApi, resolves } from '../../helpers/fake-api'

export const previewFixture: SchedulePreview = {
  basis: 'next-8-hours',
  breaksToday: 6,
  postureCuesToday: 14,
  dailyLimitAtWallMs: null,
  horizonMinutes: 240,
  timeline: [
    { minute: 20, wallMs: Date.UTC(2026, 2, 6, 10, 20), kind: 'posture' },
    { minute: 40, wallMs: Date.UTC(2026, 2, 6, 10, 40), kind: 'posture' },
    { minute: 49.5, wallMs: Date.UTC(2026, 2, 6, 10, 49, 30), kind: 'breakWarning' },
    { minute: 50, wallMs: Date.UTC(2026, 2, 6, 10, 50), kind: 'break' }
  ]
}

/** Main's answer to settings its schema refuses: English for logs, the catalog message for the page. */
function refused(error: z.ZodError): SettingsUpdateResult {
  return { ok: false, message: describeZodError(error), refusal: settingsRefusal(error) }
}

/** An in-memory settings store with the main process's validation, for page tests. */
export function createFakeSettingsApi() {
  let stored: Settings = structuredClone(defaultSettings)
  const fake = createFakeApi({
    settings: {
      get: () => Promise.resolve(stored),
      update: (patch: SettingsPatch): Promise<SettingsUpdateResult> => {
        const parsed = settingsPatchSchema.safeParse(patch)
        if (!parsed.success) return Promise.resolve(refused(parsed.error))
        const next = settingsSchema.safeParse(applySettingsPatch(stored, parsed.data))
        if (!next.success) return Promise.resolve(refused(next.error))
        stored = next.data
        return Promise.resolve({ ok: true, settings: stored })
      },
      reset: () => {
        stored = structuredClone(defaultSettings)
        return Promise.resolve({ ok: true as const, settings: stored })
      }
    },
    schedule: { preview: resolves(previewFixture) }
  })
  return {
    api: fake.api,
    get stored(): Settings {
      return stored
    },
    set stored(value: Settings) {
      stored = value
    }
  }
}
