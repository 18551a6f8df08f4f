import type { BusyCapability, BusySignal } from '@shared/busy'
import { api } from '../../lib/api'
import { useApiResource } from '../../lib/use-api-resource'

const signalLabels: Record<BusySignal, string> = {
  camera: 'Camera in use by another app',
  microphone: 'Microphone in use by another app',
  fullscreen: 'Fullscreen windows',
  doNotDisturb: 'Do Not Disturb',
  idleTime: 'Time away from the keyboard'
}

const stateLabels: Record<BusyCapability['state'], string> = {
  watching: 'noticed',
  off: 'turned off',
  none: 'not noticed here'
}

/**
 * What this computer lets Upright notice (a call, a fullscreen window, Do Not Disturb), from
 * the busy:capabilities query: honest about what it cannot see, so nobody counts on it.
 */
export function BusyDetectionList() {
  const { value: capabilities, error } = useApiResource(() => api.busy.capabilities())

  if (error !== null) return <p className="hint">Could not ask what this computer lets Upright notice.</p>
  if (capabilities === null) return null
  return (
    <div className="busy-detection">
      <p id="busy-detection-title">What Upright can notice on this computer</p>
      <ul aria-labelledby="busy-detection-title">
        {capabilities.map((capability) => (
          <li key={capability.signal}>
            <strong>{signalLabels[capability.signal]}</strong>: {stateLabels[capability.state]}
            <span className="hint"> — {capability.detail}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}
