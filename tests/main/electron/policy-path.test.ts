import { describe, expect, it } from 'vitest'
import { platformPolicySource } from '../../../src/main/electron/policy-path'

describe('platformPolicySource', () => {
  it('reads /etc/upright/policy.json on Linux (and other Unix systems)', () => {
    expect(platformPolicySource('linux', {})).toEqual({ filePath: '/etc/upright/policy.json' })
    expect(platformPolicySource('freebsd', {})).toEqual({ filePath: '/etc/upright/policy.json' })
  })

  it('reads the machine-wide Application Support folder on macOS', () => {
    expect(platformPolicySource('darwin', { HOME: '/Users/ada' })).toEqual({ filePath: '/Library/Application Support/Upright/policy.json' })
  })

  it('reads %ProgramData%\\Upright\\policy.json on Windows', () => {
    expect(platformPolicySource('win32', { ProgramData: 'D:\\ProgramData' })).toEqual({ filePath: 'D:\\ProgramData\\Upright\\policy.json' })
    expect(platformPolicySource('win32', {})).toEqual({ filePath: 'C:\\ProgramData\\Upright\\policy.json' })
  })
})
