import { execFileSync } from 'node:child_process'

/** The harness the specs start is out/web/cli.mjs: bundle it from the sources (half a second). */
export default function globalSetup(): void {
  execFileSync(process.execPath, ['scripts/build-harness.mjs'], { stdio: 'inherit' })
}
