import { describe, expect, it } from 'vitest'
import { isOwnRequest } from '../../src/web/host-guard'

describe('isOwnRequest', () => {
  it('accepts loopback Host with no Origin or its own Origin', () => {
    expect(isOwnRequest({ host: '127.0.0.1:5199' }, 5199)).toBe(true)
    expect(isOwnRequest({ host: 'localhost:5199', origin: 'http://localhost:5199' }, 5199)).toBe(true)
    expect(isOwnRequest({ host: '127.0.0.1:5199', origin: 'http://127.0.0.1:5199' }, 5199)).toBe(true)
  })

  it('refuses foreign Hosts (DNS rebinding) and foreign or malformed Origins', () => {
    expect(isOwnRequest({ host: 'evil.example:5199' }, 5199)).toBe(false)
    expect(isOwnRequest({}, 5199)).toBe(false)
    expect(isOwnRequest({ host: '127.0.0.1:5200' }, 5199)).toBe(false)
    expect(isOwnRequest({ host: '127.0.0.1:5199', origin: 'http://evil.example' }, 5199)).toBe(false)
    expect(isOwnRequest({ host: '127.0.0.1:5199', origin: 'null' }, 5199)).toBe(false)
    expect(isOwnRequest({ host: '127.0.0.1:5199', origin: 'https://127.0.0.1:5199' }, 5199)).toBe(false)
  })
})
