// An in-memory terminal for running the CLI's main() in-process.
import type { CliIo } from '../../src/cli/io.js'

export interface FakeIo {
  io: CliIo
  stdout(): string
  stderr(): string
}

export function fakeIo(
  options: { env?: Record<string, string>; cwd?: string; stdin?: string; tty?: boolean } = {}
): FakeIo {
  const out: string[] = []
  const err: string[] = []
  return {
    io: {
      env: options.env ?? {},
      cwd: options.cwd ?? process.cwd(),
      stdout: { write: (text) => void out.push(text), isTTY: options.tty ?? false },
      stderr: { write: (text) => void err.push(text), isTTY: options.tty ?? false },
      readStdin: async () => options.stdin ?? ''
    },
    stdout: () => out.join(''),
    stderr: () => err.join('')
  }
}
