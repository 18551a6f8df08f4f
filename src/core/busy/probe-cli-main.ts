import { type DeviceUser, summarizeDeviceUse, UnreadableProbeOutput } from './device-use'
import { microphoneUsersFromPactl, parsePactlSourceOutputs, parsePactlSources } from './pactl'
import { cameraUsersFromProc, type ProcProcess, processFamily } from './proc-video'
import { deviceUsersFromConsentStore, parseRegQuery } from './reg-consent-store'
import { errorMessage } from '../../shared/error-message'

export interface ProbeCliIo {
  readFile(path: string): Promise<string>
  readProc(root: string): Promise<ProcProcess[]>
  stdout(text: string): void
  stderr(text: string): void
  ownPid: number
}

export const EXIT_OK = 0
export const EXIT_INTERNAL = 1
export const EXIT_BAD_INPUT = 2

const USAGE =
  'usage: npm run --silent busy-probe -- [--proc ROOT] [--pactl FILE] [--pactl-sources FILE] [--reg FILE] [--self PID] [--exe PATH] (at least one of --proc, --pactl, --reg)'

class BadInput extends Error {}

const options = ['--proc', '--pactl', '--pactl-sources', '--reg', '--self', '--exe'] as const
type Option = (typeof options)[number]

function parseArgs(args: readonly string[]): Map<Option, string> {
  const parsed = new Map<Option, string>()
  for (let index = 0; index < args.length; index += 2) {
    const name = args[index] ?? ''
    const value = args[index + 1]
    if (!(options as readonly string[]).includes(name)) throw new BadInput(`unknown option "${name}"; ${USAGE}`)
    if (value === undefined || value.startsWith('--')) throw new BadInput(`${name} needs a value; ${USAGE}`)
    if (parsed.has(name as Option)) throw new BadInput(`${name} is given twice`)
    parsed.set(name as Option, value)
  }
  if (!parsed.has('--proc') && !parsed.has('--pactl') && !parsed.has('--reg')) throw new BadInput(USAGE)
  return parsed
}

async function read<T>(label: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load()
  } catch (error) {
    if (error instanceof UnreadableProbeOutput) throw new BadInput(`${label}: ${error.message}`)
    throw new BadInput(`cannot read ${label}: ${errorMessage(error)}`)
  }
}

/**
 * `busy-probe`: runs the same parsers as the app over recorded sources (a /proc-shaped folder,
 * pactl JSON, reg output) and prints {"camera":bool,"microphone":bool,"sources":[…]}: for tests
 * and bug reports. Bad input: exit 2 and one line on stderr.
 */
export async function runProbeCli(args: readonly string[], io: ProbeCliIo): Promise<number> {
  try {
    const parsed = parseArgs(args)
    const selfText = parsed.get('--self')
    const ownPid = selfText === undefined ? io.ownPid : Number(selfText)
    if (!Number.isSafeInteger(ownPid) || ownPid <= 0) throw new BadInput(`--self must be a process id, not "${selfText ?? ''}"`)
    const users: DeviceUser[] = []
    let ownPids = new Set([ownPid])
    const procRoot = parsed.get('--proc')
    if (procRoot !== undefined) {
      const processes = await read(procRoot, () => io.readProc(procRoot))
      ownPids = processFamily(processes, ownPid)
      users.push(...cameraUsersFromProc(processes, ownPid))
    }
    const pactlFile = parsed.get('--pactl')
    if (pactlFile !== undefined) {
      const outputs = await read(pactlFile, async () => parsePactlSourceOutputs(await io.readFile(pactlFile)))
      const sourcesFile = parsed.get('--pactl-sources')
      const sources = sourcesFile === undefined ? null : await read(sourcesFile, async () => parsePactlSources(await io.readFile(sourcesFile)))
      users.push(...microphoneUsersFromPactl(outputs, sources, ownPids))
    }
    const regFile = parsed.get('--reg')
    if (regFile !== undefined) {
      const keys = await read(regFile, async () => parseRegQuery(await io.readFile(regFile)))
      users.push(...deviceUsersFromConsentStore(keys, parsed.get('--exe') ?? null))
    }
    io.stdout(`${JSON.stringify(summarizeDeviceUse(users))}\n`)
    return EXIT_OK
  } catch (error) {
    const bad = error instanceof BadInput
    const message = errorMessage(error)
    io.stderr(`busy-probe: ${bad ? '' : 'internal error: '}${escapeLine(message)}\n`)
    return bad ? EXIT_BAD_INPUT : EXIT_INTERNAL
  }
}

/** One line, control characters shown as escapes (a file name could hold a newline). */
function escapeLine(text: string): string {
  return text.replace(/\p{Cc}/gu, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
