import { describe, expect, it } from 'vitest'
import { cameraFailure } from '../../../../src/renderer/src/features/posture-watch/camera'

describe('cameraFailure: getUserMedia errors as the watch names them', () => {
  it.each([
    ['NotAllowedError', 'permission-denied'],
    ['SecurityError', 'permission-denied'],
    ['NotReadableError', 'camera-busy'],
    ['AbortError', 'camera-busy'],
    ['TrackStartError', 'camera-busy'],
    ['NotFoundError', 'no-camera'],
    ['OverconstrainedError', 'no-camera']
  ])('a DOMException named %s is %s', (name, failure) => {
    expect(cameraFailure(new DOMException('camera', name))).toBe(failure)
  })

  it('reads the name of a plain Error too (older browsers reject with one)', () => {
    expect(cameraFailure(Object.assign(new Error('denied'), { name: 'NotAllowedError' }))).toBe('permission-denied')
  })

  it('calls anything else "no camera"', () => {
    expect(cameraFailure('no devices')).toBe('no-camera')
    expect(cameraFailure(undefined)).toBe('no-camera')
  })
})
