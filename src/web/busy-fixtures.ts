import { readFile } from 'node:fs/promises'
import { linuxDeviceProbes } from '../app/busy/device-probes'
import type { BusyProbe, RunCommand } from '../app/busy/probe'
import { readProcProcesses } from '../core/busy/read-proc'
import type { HarnessBusySources } from './harness-options'

/**
 * `pactl` as the harness plays it: the answer to `list source-outputs` is the --busy-pactl file
 * and to `list sources` the --busy-pactl-sources file (none: no sources, so monitor streams are
 * told apart by their own properties only). Read at each look, like the real command's output.
 */
function pactlFromFiles(sources: HarnessBusySources): RunCommand {
  return async (_file, args) => {
    if (args.at(-1) === 'source-outputs' && sources.pactlFile !== null) return readFile(sources.pactlFile, 'utf8')
    if (args.at(-1) === 'sources') return sources.pactlSourcesFile === null ? '[]' : readFile(sources.pactlSourcesFile, 'utf8')
    throw new Error(`the harness has no answer for pactl ${args.join(' ')}`)
  }
}

/**
 * The desktop app's Linux call probes over fixture files (a /proc-shaped folder, recorded pactl
 * output), so the harness meets "a due break waits during a call" the way the app does. Only
 * the probes whose fixtures are given are made; a fixture that turns bad turns its probe off.
 */
export function harnessBusyProbes(sources: HarnessBusySources, notice: (message: string) => void): BusyProbe[] {
  return linuxDeviceProbes(
    { ownPid: process.pid, readProc: readProcProcesses, notice },
    { procRoot: sources.procRoot, pactl: sources.pactlFile === null ? null : pactlFromFiles(sources) }
  )
}
