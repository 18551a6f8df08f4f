import { readFile } from 'node:fs/promises'
import { runProbeCli } from './probe-cli-main'
import { readProcProcesses } from './read-proc'

// Entry point of `npm run busy-probe`: exit code via process.exitCode so piped stdout is flushed.
void runProbeCli(process.argv.slice(2), {
  readFile: (path) => readFile(path, 'utf8'),
  readProc: readProcProcesses,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  ownPid: process.pid
}).then((code) => {
  process.exitCode = code
})
