import { UnreadableProbeOutput } from './device-use'

/**
 * The helper binary shipped in the is-camera-on package (sindresorhus, 4.0.0) prints "true" or
 * "false": whether any process has a camera running (CoreMediaIO's
 * kCMIODevicePropertyDeviceIsRunningSomewhere). It cannot tell which app, nor leave ours out.
 */
export function parseIsCameraOn(stdout: string): boolean {
  const value = stdout.trim()
  if (value === 'true') return true
  if (value === 'false') return false
  throw new UnreadableProbeOutput('is-camera-on', 'expected "true" or "false"')
}
