import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wav': 'audio/wav',
  // WebAssembly.instantiateStreaming accepts only this type (the posture watch's tfjs backend).
  '.wasm': 'application/wasm'
}

export interface StaticFile {
  body: Buffer
  contentType: string
}

/** Reads a file of the built renderer; anything outside its folder, or missing, is null. */
export async function readStaticFile(rootDir: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '')
  const root = normalize(rootDir + sep)
  const fullPath = normalize(join(root, relative))
  if (!fullPath.startsWith(root) || decoded.includes('\0')) return null
  try {
    const body = await readFile(fullPath)
    return { body, contentType: contentTypes[extname(fullPath)] ?? 'application/octet-stream' }
  } catch {
    return null
  }
}
