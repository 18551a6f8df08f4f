import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const totalBudgetBytes = 200 * 1024
const breakBudgetBytes = 120 * 1024

/** The JS files an HTML page loads: its entry script and the modules it preloads. */
function scriptsOf(rendererDir: string, page: string): string[] {
  const html = readFileSync(join(rendererDir, page), 'utf8')
  const sources = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((match) => match[1] ?? '')
  return [...new Set(sources)].filter(Boolean)
}

/** Static imports of a built module, followed transitively (rolldown writes `from"./x.js"`). */
function withImports(rendererDir: string, files: string[]): Set<string> {
  const seen = new Set<string>()
  const queue = [...files]
  while (queue.length > 0) {
    const file = queue.pop() ?? ''
    if (seen.has(file)) continue
    seen.add(file)
    const code = readFileSync(join(rendererDir, file), 'utf8')
    for (const match of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) queue.push(`assets/${match[1] ?? ''}`)
  }
  return seen
}

const gzipBytes = (rendererDir: string, file: string): number => gzipSync(readFileSync(join(rendererDir, file)), { level: 9 }).length

/** Renderer JS sizes, gzip -9, against the budgets of DESIGN.md §10. Needs a build in out/renderer. */
export function measureBundles(rendererDir: string): Record<string, unknown> {
  const everyJs = readdirSync(join(rendererDir, 'assets')).filter((file) => file.endsWith('.js')).map((file) => `assets/${file}`)
  // The posture watch's pose library (tfjs inside @vladmandic/human) loads only in the watch's
  // own page while the watch is on (DESIGN §12): reported apart, outside the app's JS budget.
  const postureWatchLibrary = everyJs.filter((file) => /\/human\.esm-/.test(file))
  const allJs = everyJs.filter((file) => !postureWatchLibrary.includes(file))
  const totalBytes = allJs.reduce((sum, file) => sum + gzipBytes(rendererDir, file), 0)
  const breakFiles = withImports(rendererDir, scriptsOf(rendererDir, 'break.html'))
  const breakBytes = [...breakFiles].reduce((sum, file) => sum + gzipBytes(rendererDir, file), 0)
  const indexFiles = withImports(rendererDir, scriptsOf(rendererDir, 'index.html'))
  const statsChunk = allJs.find((file) => /stats-page/.test(file))
  return {
    allJsGzipKiB: Math.round((totalBytes / 1024) * 10) / 10,
    allJsBudgetKiB: totalBudgetBytes / 1024,
    breakWindowGzipKiB: Math.round((breakBytes / 1024) * 10) / 10,
    breakWindowBudgetKiB: breakBudgetBytes / 1024,
    breakWindowFiles: [...breakFiles].sort(),
    mainWindowInitialGzipKiB: Math.round(([...indexFiles].reduce((sum, file) => sum + gzipBytes(rendererDir, file), 0) / 1024) * 10) / 10,
    statsChunkGzipKiB: statsChunk ? Math.round((gzipBytes(rendererDir, statsChunk) / 1024) * 10) / 10 : null,
    statsChunkInBreakWindow: statsChunk ? breakFiles.has(statsChunk) : false,
    postureWatchLibraryGzipKiB: Math.round((postureWatchLibrary.reduce((sum, file) => sum + gzipBytes(rendererDir, file), 0) / 1024) * 10) / 10,
    postureWatchLibraryInMainWindowStart: postureWatchLibrary.some((file) => indexFiles.has(file)),
    withinBudget: totalBytes <= totalBudgetBytes && breakBytes <= breakBudgetBytes
  }
}
