#!/usr/bin/env node
// `node scripts/run-parallel.mjs typecheck lint security build`: runs those npm scripts at once
// (each is mostly one core; together they take as long as the longest, lint) and prints each one's
// output whole when it ends, so the logs do not interleave. Exits 1 if any of them failed.
import { spawn } from 'node:child_process'

const names = process.argv.slice(2)
if (names.length === 0) {
  console.error('usage: node scripts/run-parallel.mjs <npm script> [<npm script> …]')
  process.exit(2)
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

function run(name) {
  return new Promise((done) => {
    const started = Date.now()
    const child = spawn(npm, ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', (error) => done({ name, ok: false, output: `${output}${error.message}\n`, seconds: 0 }))
    child.on('close', (code) => done({ name, ok: code === 0, output, seconds: (Date.now() - started) / 1000 }))
  })
}

const results = await Promise.all(
  names.map(async (name) => {
    const result = await run(name)
    process.stdout.write(`── npm run ${name}: ${result.ok ? 'passed' : 'FAILED'} in ${result.seconds.toFixed(1)} s\n${result.output}`)
    return result
  })
)
const failed = results.filter((result) => !result.ok).map((result) => result.name)
if (failed.length > 0) {
  console.error(`failed: ${failed.join(', ')}`)
  process.exit(1)
}
