import { type DeviceUser, deviceUser, UnreadableProbeOutput } from './device-use'

/** What /proc tells about one process: its parent, its name, and where its open files point. */
export interface ProcProcess {
  pid: number
  ppid: number
  name: string
  /** readlink targets of /proc/<pid>/fd/* */
  fdTargets: readonly string[]
}

/**
 * /proc/<pid>/stat: "pid (comm) state ppid …". The name may itself hold spaces and parentheses,
 * so it runs to the last ')'.
 */
export function parseProcStat(text: string): { pid: number; name: string; ppid: number } {
  const open = text.indexOf('(')
  const close = text.lastIndexOf(')')
  if (open < 1 || close < open) throw new UnreadableProbeOutput('/proc stat', 'no "(name)" field')
  const pid = Number(text.slice(0, open).trim())
  const rest = text.slice(close + 1).trim().split(/\s+/)
  const ppid = Number(rest[1])
  if (!Number.isSafeInteger(pid) || pid <= 0 || !Number.isSafeInteger(ppid) || ppid < 0) {
    throw new UnreadableProbeOutput('/proc stat', 'pid or parent pid is not a number')
  }
  return { pid, name: text.slice(open + 1, close), ppid }
}

/** `ownPid` and every process started under it (our renderers and utility processes). */
export function processFamily(processes: readonly ProcProcess[], ownPid: number): Set<number> {
  const family = new Set([ownPid])
  // Parents can come after children in a listing: repeat until nothing is added (bounded by the count).
  for (let added = true, pass = 0; added && pass <= processes.length; pass++) {
    added = false
    for (const process of processes) {
      if (!family.has(process.pid) && family.has(process.ppid)) {
        family.add(process.pid)
        added = true
      }
    }
  }
  return family
}

/** /dev/video0, /dev/video12: V4L2 capture nodes (webcams, virtual cameras). */
const videoDevice = /^\/dev\/video\d+$/

/**
 * Processes other than ours holding a camera open. A process that opened the camera and closed
 * it has no such link any more, so only current use counts.
 */
export function cameraUsersFromProc(processes: readonly ProcProcess[], ownPid: number): DeviceUser[] {
  const ours = processFamily(processes, ownPid)
  return processes
    .filter((process) => !ours.has(process.pid) && process.fdTargets.some((target) => videoDevice.test(target)))
    .map((process) => deviceUser('camera', process.name, process.pid))
}
