import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { deviceUsersFromConsentStore, nonPackagedKeyName, parseRegQuery } from '../../../src/core/busy/reg-consent-store'

const read = (name: string): string => readFileSync(`tests/fixtures/busy/${name}`, 'utf8')
const OUR_EXE = 'C:\\Users\\ana\\AppData\\Local\\Programs\\Upright\\Upright.exe'

describe('Windows camera and microphone: the privacy consent store (reg query /s)', () => {
  it('an app with a start and no stop is using the device now; ours, a finished use and a never-used entry are not', () => {
    const keys = parseRegQuery(read('reg-in-call.txt'))
    expect(keys).toHaveLength(8)
    expect(deviceUsersFromConsentStore(keys, OUR_EXE)).toEqual([
      { device: 'camera', app: 'C:\\Users\\ana\\AppData\\Roaming\\Zoom\\bin\\Zoom.exe', pid: null },
      { device: 'microphone', app: 'C:\\Program Files\\Mozilla Firefox\\firefox.exe', pid: null }
    ])
  })

  it('without knowing our executable, our own camera use would count', () => {
    expect(deviceUsersFromConsentStore(parseRegQuery(read('reg-in-call.txt')), null).map((user) => user.app)).toContain(OUR_EXE)
    expect(nonPackagedKeyName(OUR_EXE)).toBe('C:#Users#ana#AppData#Local#Programs#Upright#Upright.exe')
  })

  it('after the call the stop time is set: nothing in use', () => {
    expect(deviceUsersFromConsentStore(parseRegQuery(read('reg-after-call.txt')), OUR_EXE)).toEqual([])
  })

  it('reads LF as well as CRLF output and the "End of search" line', () => {
    const text = `${read('reg-after-call.txt').replaceAll('\r\n', '\n').replace('0x1dc5f2e01a2b000', '0x0')}End of search: 2 match(es) found.\n`
    expect(deviceUsersFromConsentStore(parseRegQuery(text), OUR_EXE)).toHaveLength(1)
  })

  it('a malformed file is an error naming the line', () => {
    expect(() => parseRegQuery(read('reg-malformed.txt'))).toThrow('reg query: line 3 is neither a key nor a value')
    expect(() => parseRegQuery('    LastUsedTimeStop    REG_QWORD    0x0')).toThrow(/line 1/)
  })
})
