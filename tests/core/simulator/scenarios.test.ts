import { execFile } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { simEventSchema } from '../../../src/core/simulator/run'

/**
 * Every tests/scenarios/<name>.json runs through the real CLI in a child process and must print
 * exactly <name>.expected.json. To update after a deliberate change: regenerate with
 * `npm run --silent simulate -- tests/scenarios/<name>.json > tests/scenarios/<name>.expected.json`
 * and re-check the diff by hand against DESIGN.md §3 (see tests/scenarios/README.md).
 */

const run = promisify(execFile)
const root = join(import.meta.dirname, '../../..')
const scenarioDir = join(root, 'tests/scenarios')
const scenarios = readdirSync(scenarioDir)
  .filter((file) => file.endsWith('.json') && !file.endsWith('.expected.json'))
  .map((file) => file.replace(/\.json$/, ''))
  .sort()

function simulateCli(args: string[]): Promise<{ stdout: string; stderr: string }> {
  return run('npx', ['tsx', 'src/core/simulator/cli.ts', ...args], { cwd: root, timeout: 60_000 })
}

describe('scenario files through the CLI', () => {
  it('has at least 8 scenarios, each with its expected output', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(8)
    for (const name of scenarios) expect(readdirSync(scenarioDir)).toContain(`${name}.expected.json`)
  })

  it.concurrent.each(scenarios)('%s', async (name) => {
    const { stdout, stderr } = await simulateCli([`tests/scenarios/${name}.json`])
    const expected: unknown = JSON.parse(readFileSync(join(scenarioDir, `${name}.expected.json`), 'utf8'))
    const actual: unknown = JSON.parse(stdout)
    expect(stderr).toBe('')
    expect(actual).toEqual(expected)
    expect(Array.isArray(actual)).toBe(true)
    for (const event of actual as unknown[]) simEventSchema.parse(event)
  }, 60_000)

  it('reads the scenario from stdin with "-", through the npm script', async () => {
    const child = execFile('npm', ['run', '--silent', 'simulate', '--', '-'], { cwd: root, timeout: 60_000 })
    child.stdin?.end(readFileSync(join(scenarioDir, 'design-example.json')))
    const stdout = await new Promise<string>((resolve, reject) => {
      let text = ''
      child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()))
      child.on('error', reject)
      child.on('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`exit ${String(code)}`))))
    })
    expect(JSON.parse(stdout)).toEqual(JSON.parse(readFileSync(join(scenarioDir, 'design-example.expected.json'), 'utf8')))
  }, 60_000)
})
