import { readdir, readFile, readlink } from 'node:fs/promises'
import { join } from 'node:path'
import { parseProcStat, type ProcProcess } from './proc-video'

/** Open files looked at per process at most: a process with more is read only that far. */
const MAX_FDS_PER_PROCESS = 4096

function isMissingOrForbidden(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : null
  // Another user's process (EACCES), or one that exited while we looked (ENOENT, ESRCH).
  return code === 'EACCES' || code === 'EPERM' || code === 'ENOENT' || code === 'ESRCH' || code === 'ENOTDIR'
}

async function readProcess(root: string, pid: number): Promise<ProcProcess | null> {
  try {
    const stat = parseProcStat(await readFile(join(root, String(pid), 'stat'), 'utf8'))
    const fdDir = join(root, String(pid), 'fd')
    const fds = (await readdir(fdDir)).slice(0, MAX_FDS_PER_PROCESS)
    const targets: string[] = []
    for (const fd of fds) {
      try {
        targets.push(await readlink(join(fdDir, fd)))
      } catch (error) {
        if (!isMissingOrForbidden(error)) throw error
      }
    }
    return { pid: stat.pid, ppid: stat.ppid, name: stat.name, fdTargets: targets }
  } catch (error) {
    if (isMissingOrForbidden(error)) return null
    throw error
  }
}

/**
 * The processes under a /proc-shaped folder whose open files we may read: on a real system our
 * user's own processes (others answer EACCES and are skipped, as is one that exits meanwhile).
 * A root that cannot be listed is an error.
 */
export async function readProcProcesses(root: string): Promise<ProcProcess[]> {
  const pids = (await readdir(root)).filter((name) => /^\d+$/.test(name)).map(Number)
  const processes: ProcProcess[] = []
  for (const pid of pids) {
    const process = await readProcess(root, pid)
    if (process) processes.push(process)
  }
  return processes
}
