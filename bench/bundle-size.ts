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

const kib = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10

/**
 * Renderer JS sizes, gzip -9, against the budgets of DESIGN.md §10. Needs a build in out/renderer.
 * A window's first load is its entry script and every module it imports statically, followed
 * through (what index.html and break.html modulepreload); lazy pages and languages load later.
 */
export function measureBundles(rendererDir: string): Record<string, unknown> {
  const everyJs = readdirSync(join(rendererDir, 'assets')).filter((file) => file.endsWith('.js')).map((file) => `assets/${file}`)
  // The posture watch's pose library (tfjs inside @vladmandic/human) loads only in the watch's
  // own page while the watch is on (DESIGN §12): reported apart, outside the app's JS budget.
  const postureWatchLibrary = everyJs.filter((file) => /\/human\.esm-/.test(file))
  const allJs = everyJs.filter((file) => !postureWatchLibrary.includes(file))
  const sum = (files: Iterable<string>): number => [...files].reduce((total, file) => total + gzipBytes(rendererDir, file), 0)
  const totalBytes = sum(allJs)
  const breakFiles = withImports(rendererDir, scriptsOf(rendererDir, 'break.html'))
  const breakBytes = sum(breakFiles)
  const indexFiles = withImports(rendererDir, scriptsOf(rendererDir, 'index.html'))
  const statsChunk = allJs.find((file) => /stats-page/.test(file))
  return {
    allJsGzipKiB: kib(totalBytes),
    allJsBudgetKiB: totalBudgetBytes / 1024,
    allJsWithinBudget: totalBytes <= totalBudgetBytes,
    breakWindowGzipKiB: kib(breakBytes),
    breakWindowBudgetKiB: breakBudgetBytes / 1024,
    breakWindowWithinBudget: breakBytes <= breakBudgetBytes,
    breakWindowFiles: [...breakFiles].sort(),
    mainWindowInitialGzipKiB: kib(sum(indexFiles)),
    statsChunkGzipKiB: statsChunk ? kib(gzipBytes(rendererDir, statsChunk)) : null,
    statsChunkInBreakWindow: statsChunk ? breakFiles.has(statsChunk) : false,
    postureWatchLibraryGzipKiB: kib(sum(postureWatchLibrary)),
    postureWatchLibraryInMainWindowStart: postureWatchLibrary.some((file) => indexFiles.has(file)),
    withinBudget: totalBytes <= totalBudgetBytes && breakBytes <= breakBudgetBytes
  }
}
