import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { CliIo } from '../../src/core/simulator/cli-main'

const root = join(import.meta.dirname, '../..')

/**
 * The simulator CLI's input and output in memory: files are read from the repository root (as
 * `npm run simulate` from there would), stdin is the given text, and stdout/stderr are collected.
 * Lets the tests run the real CLI code in process rather than a `tsx` child per case.
 */
export function memoryIo(stdin = ''): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    readFile: (path: string) => readFile(join(root, path), 'utf8'),
    readStdin: () => Promise.resolve(stdin),
    stdout: (text: string) => {
      io.out += text
    },
    stderr: (text: string) => {
      io.err += text
    }
  }
  return io
}
