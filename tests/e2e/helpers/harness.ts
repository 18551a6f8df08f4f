import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface Harness {
  url: string
  port: number
  dataDir: string
  stop(): Promise<void>
}

export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'upright-e2e-'))
}

/**
 * Starts the real web harness (`tsx src/web/cli.ts`) on its own port and data folder,
 * as a user would with `npm run web`, and waits for the line that prints its URL.
 */
export async function startHarness(options: { dataDir?: string; extraArgs?: string[] } = {}): Promise<Harness> {
  const dataDir = options.dataDir ?? freshDataDir()
  // Port 0: the OS picks a free port, so any number of harnesses can run side by side.
  const child: ChildProcess = spawn(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'src/web/cli.ts', ...(options.extraArgs ?? [])],
    { env: { ...process.env, PORT: '0', UPRIGHT_DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] }
  )
  let output = ''
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`harness did not start within 20 s:\n${output}`))
    }, 20_000)
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(Number(match[1]))
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`harness exited with code ${code}:\n${output}`))
    })
  })
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    dataDir,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) {
          resolve()
          return
        }
        child.once('exit', () => {
          resolve()
        })
        child.kill('SIGTERM')
      })
  }
}
