import { protocol } from 'electron'
import { readStaticFile } from '../../app/static-files'
import { appHost, appScheme } from './renderer-location'

// Same policy as the pages' meta tag, sent as a header too (as the web harness does).
const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

/**
 * Must run before `ready`: app:// as a standard, secure scheme, so pages get a real origin
 * (relative URLs, CSP 'self', module scripts) without file://'s reach into the disk.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } }
  ])
}

/** Answers one app:// request from the built renderer folder; anything else is a 404. */
export async function serveAppRequest(rendererDir: string, request: Request): Promise<Response> {
  const url = new URL(request.url)
  if (url.protocol !== `${appScheme}:` || url.host !== appHost || (request.method !== 'GET' && request.method !== 'HEAD')) {
    return new Response('not found', { status: 404 })
  }
  const file = await readStaticFile(rendererDir, url.pathname)
  if (!file) return new Response('not found', { status: 404 })
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), {
    status: 200,
    headers: {
      'content-type': file.contentType,
      'content-security-policy': contentSecurityPolicy,
      'x-content-type-options': 'nosniff'
    }
  })
}

/** On ready: serve app:// from the built pages. Returns the disposer. */
export function setupAppProtocol(rendererDir: string): () => void {
  protocol.handle(appScheme, (request) => serveAppRequest(rendererDir, request))
  return () => {
    protocol.unhandle(appScheme)
  }
}
