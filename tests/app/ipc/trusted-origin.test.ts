import { describe, expect, it } from 'vitest'
import { isTrustedFrameUrl } from '../../../src/app/ipc/trusted-origin'

const fileBase = 'file:///opt/Upright/resources/app.asar/out/renderer/'

describe('isTrustedFrameUrl', () => {
  it('trusts our own built pages', () => {
    expect(isTrustedFrameUrl(`${fileBase}index.html#/stats`, fileBase)).toBe(true)
    expect(isTrustedFrameUrl(`${fileBase}break.html`, fileBase)).toBe(true)
  })

  it('refuses other files, other schemes and climbing out of the renderer folder', () => {
    expect(isTrustedFrameUrl('file:///etc/passwd', fileBase)).toBe(false)
    expect(isTrustedFrameUrl(`${fileBase}../../../evil.html`, fileBase)).toBe(false)
    expect(isTrustedFrameUrl('https://evil.example/index.html', fileBase)).toBe(false)
    expect(isTrustedFrameUrl(undefined, fileBase)).toBe(false)
    expect(isTrustedFrameUrl('not a url', fileBase)).toBe(false)
  })

  it('trusts app://upright/ pages and no other host of the scheme', () => {
    const appBase = 'app://upright/'
    expect(isTrustedFrameUrl('app://upright/index.html#/today', appBase)).toBe(true)
    expect(isTrustedFrameUrl('app://upright/break.html', appBase)).toBe(true)
    // Custom schemes have the opaque origin "null": comparing origins alone would trust these.
    expect(isTrustedFrameUrl('app://evil/index.html', appBase)).toBe(false)
    expect(isTrustedFrameUrl('other://upright/index.html', appBase)).toBe(false)
    expect(isTrustedFrameUrl('file:///opt/Upright/out/renderer/index.html', appBase)).toBe(false)
  })

  it('compares origins for the development server', () => {
    const devBase = 'http://localhost:5173/'
    expect(isTrustedFrameUrl('http://localhost:5173/index.html', devBase)).toBe(true)
    expect(isTrustedFrameUrl('http://localhost:5174/index.html', devBase)).toBe(false)
    expect(isTrustedFrameUrl('http://localhost.evil.example:5173/', devBase)).toBe(false)
  })
})
