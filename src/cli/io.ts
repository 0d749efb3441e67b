// What the CLI touches of its process: the environment, the working directory, the three standard
// streams. Passed in, so that tests run the whole CLI in-process against a fake terminal.
export interface TextSink {
  write(text: string): void
  /** A terminal: progress lines are drawn only there. */
  isTTY?: boolean
}

export interface CliIo {
  env: Record<string, string | undefined>
  cwd: string
  stdout: TextSink
  stderr: TextSink
  /** Everything on standard input, as text (for --password-stdin). */
  readStdin(): Promise<string>
}

export function processIo(): CliIo {
  return {
    env: process.env,
    cwd: process.cwd(),
    stdout: streamSink(process.stdout),
    stderr: streamSink(process.stderr),
    readStdin: () => readAll(process.stdin)
  }
}

/**
 * A closed pipe (`sherpack-push inspect … | head -3`) stops the output, not the command: a push
 * half-way must not die because its reader went away.
 */
function streamSink(stream: NodeJS.WriteStream): TextSink {
  let closed = false
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    closed = true
  })
  return {
    write: (text) => {
      if (!closed) stream.write(text)
    },
    isTTY: stream.isTTY === true
  }
}

async function readAll(stream: NodeJS.ReadStream): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  }
  return Buffer.concat(chunks).toString('utf8')
}
