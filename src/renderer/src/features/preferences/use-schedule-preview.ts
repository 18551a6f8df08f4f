import { useEffect, useState } from 'react'
import type { SchedulePreview } from '@shared/schedule-preview'
import type { Settings, SettingsPatch } from '@shared/settings'
import { api } from '../../lib/api'
import { errorMessage } from '@shared/error-message'

/** Long enough not to simulate a day per keystroke, short enough to feel live. */
const previewDelayMs = 250

export type PreviewState =
  | { status: 'loading'; preview: SchedulePreview | null }
  | { status: 'ready'; preview: SchedulePreview }
  | { status: 'failed'; message: string }

/**
 * Asks main to simulate today with the saved settings plus the candidate patch. Re-asks
 * when either changes; an answer to an older question is dropped.
 */
export function useSchedulePreview(settings: Settings, candidate: SettingsPatch): PreviewState {
  const [state, setState] = useState<PreviewState>({ status: 'loading', preview: null })
  const candidateKey = JSON.stringify(candidate)

  useEffect(() => {
    let current = true
    const timer = setTimeout(() => {
      setState((previous) => ({ status: 'loading', preview: previous.status === 'failed' ? null : previous.preview }))
      api.schedule.preview(JSON.parse(candidateKey) as SettingsPatch).then(
        (preview) => {
          if (current) setState({ status: 'ready', preview })
        },
        (reason: unknown) => {
          if (current) setState({ status: 'failed', message: errorMessage(reason) })
        }
      )
    }, previewDelayMs)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [settings, candidateKey])

  return state
}
