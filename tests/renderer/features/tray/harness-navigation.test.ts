import { describe, expect, it, vi } from 'vitest'
import { harnessTarget } from '../../../../src/renderer/src/lib/use-harness-navigation'

vi.mock('../../../../src/renderer/src/lib/api', () => ({ api: {} }))

describe('harnessTarget', () => {
  it('sends a break to break.html and a page to its route', () => {
    expect(harnessTarget({ page: 'break', route: '' })).toEqual({ kind: 'page', url: './break.html' })
    expect(harnessTarget({ page: 'break', route: 'posture' })).toEqual({ kind: 'page', url: './break.html#/posture' })
    expect(harnessTarget({ page: 'index', route: 'stats' })).toEqual({ kind: 'route', hash: '#/stats' })
  })

  it('ignores a route this build does not know', () => {
    expect(harnessTarget({ page: 'index', route: 'javascript:alert(1)' })).toBeNull()
  })
})
