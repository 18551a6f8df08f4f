import type { IncomingHttpHeaders } from 'node:http'

/**
 * DNS-rebinding and cross-site guard: the harness answers only requests addressed to
 * itself by loopback name (Host) and, where the browser sends one, from its own Origin.
 * A page on evil.example that fetches http://127.0.0.1:5199 carries Origin: evil.example.
 */
export function isOwnRequest(headers: IncomingHttpHeaders, port: number): boolean {
  const ownHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`])
  const host = headers.host?.toLowerCase()
  if (!host || !ownHosts.has(host)) return false
  const origin = headers.origin
  if (origin === undefined) return true
  try {
    const url = new URL(origin)
    return url.protocol === 'http:' && ownHosts.has(url.host)
  } catch {
    return false
  }
}
