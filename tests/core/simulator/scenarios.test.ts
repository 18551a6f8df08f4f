import { execFile } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXIT_OK, runCli } from '../../../src/core/simulator/cli-main'
import { simEventSchema } from '../../../src/core/simulator/run'
import { memoryIo } from '../../helpers/simulator-io'

/**
 * Every tests/scenarios/<name>.json runs through the CLI's code (in process) and must print
 * exactly <name>.expected.json; one test runs the real `npm run simulate` in a child process. To
 * update after a deliberate change: regenerate with
 * `npm run --silent simulate -- tests/scenarios/<name>.json > tests/scenarios/<name>.expected.json`
 * and re-check the diff by hand against DESIGN.md §3 (see tests/scenarios/README.md).
 */

const root = join(import.meta.dirname, '../../..')
const scenarioDir = join(root, 'tests/scenarios')
const scenarios = readdirSync(scenarioDir)
  .filter((file) => file.endsWith('.json') && !file.endsWith('.expected.json'))
  .map((file) => file.replace(/\.json$/, ''))
  .sort()

describe('scenario files through the CLI', () => {
  it('has at least 8 scenarios, each with its expected output', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(8)
    for (const name of scenarios) expect(readdirSync(scenarioDir)).toContain(`${name}.expected.json`)
  })

  it.each(scenarios)('%s', async (name) => {
    const io = memoryIo()
    expect(await runCli([`tests/scenarios/${name}.json`], io)).toBe(EXIT_OK)
    expect(io.err).toBe('')
    // Byte for byte, as the CLI prints it: the expected files are its output.
    expect(io.out).toBe(readFileSync(join(scenarioDir, `${name}.expected.json`), 'utf8'))
    const actual: unknown = JSON.parse(io.out)
    expect(Array.isArray(actual)).toBe(true)
    for (const event of actual as unknown[]) simEventSchema.parse(event)
  })

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
