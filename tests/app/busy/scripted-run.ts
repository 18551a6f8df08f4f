import type { RunCommand } from '../../../src/app/busy/probe'

/**
 * A RunCommand that answers each command line ("file arg arg…") from a table and records what
 * was asked; a line not in the table fails as a missing tool does (ENOENT).
 */
export function scriptedRun(answers: Record<string, string | Error>): RunCommand & { asked: string[] } {
  const asked: string[] = []
  const run = (file: string, args: readonly string[]): Promise<string> => {
    const line = [file, ...args].join(' ')
    asked.push(line)
    const answer = answers[line]
    if (answer === undefined) return Promise.reject(Object.assign(new Error(`spawn ${file} ENOENT`), { code: 'ENOENT' }))
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer)
  }
  return Object.assign(run, { asked })
}
