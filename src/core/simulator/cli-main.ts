import type { SimEvent } from './run'
import { simulate } from './run'
import { parseScenario, ScenarioError } from './scenario'
import { errorMessage } from '../../shared/error-message'

export interface CliIo {
  readFile(path: string): Promise<string>
  readStdin(): Promise<string>
  stdout(text: string): void
  stderr(text: string): void
}

export const EXIT_OK = 0
/** bad input: unreadable, not JSON, invalid, or a response not offered */
export const EXIT_BAD_INPUT = 2
/** a bug in the simulator itself */
export const EXIT_INTERNAL = 1

const USAGE = 'usage: npm run --silent simulate -- <scenario.json | ->'

/** `simulate scenario.json` (or `-` for stdin): prints a JSON array; bad input → exit 2 and one stderr line. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  try {
    const [source, ...rest] = args
    if (source === undefined || rest.length > 0) throw new ScenarioError(USAGE)
    const label = source === '-' ? 'stdin' : source
    const text = await readSource(source, io)
    const raw = parseJson(text, label)
    const events = simulate(parseScenario(raw))
    io.stdout(formatEvents(events))
    return EXIT_OK
  } catch (error) {
    if (error instanceof ScenarioError) {
      io.stderr(`${oneLine(error.message)}\n`)
      return EXIT_BAD_INPUT
    }
    io.stderr(`simulate: internal error: ${oneLine(errorMessage(error))}\n`)
    return EXIT_INTERNAL
  }
}

/** One event per line: readable in a bug report and diffable, still one JSON array. */
export function formatEvents(events: readonly SimEvent[]): string {
  if (events.length === 0) return '[]\n'
  return `[\n${events.map((event) => `  ${JSON.stringify(event)}`).join(',\n')}\n]\n`
}

async function readSource(source: string, io: CliIo): Promise<string> {
  try {
    return source === '-' ? await io.readStdin() : await io.readFile(source)
  } catch (error) {
    const reason = errorMessage(error)
    throw new ScenarioError(`cannot read ${source === '-' ? 'stdin' : source}: ${reason}`)
  }
}

function parseJson(text: string, label: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    const reason = errorMessage(error)
    throw new ScenarioError(`${label}: invalid JSON: ${reason}`)
  }
}

/**
 * One line a terminal shows as it is: control characters copied from the input (a file name, a
 * field name) are written as JSON-style escapes (`\u001b`), never raw.
 */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.trim().replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }
    return named[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  })
}
