import { describe, expect, it } from 'vitest'
import { UsageError } from '../../src/cli/args.js'
import { renderError, renderSuggestion } from '../../src/cli/render.js'
import { PROGRESS_THRESHOLD_BYTES, Terminal } from '../../src/cli/terminal.js'
import { UserError, type OptionName } from '../../src/errors.js'

function terminal(options: { quiet?: boolean; debug?: boolean; tty?: boolean } = {}) {
  const out: string[] = []
  const err: string[] = []
  const t = new Terminal(
    { write: (text) => void out.push(text), isTTY: options.tty ?? false },
    { write: (text) => void err.push(text), isTTY: options.tty ?? false },
    { quiet: options.quiet ?? false, debug: options.debug ?? false }
  )
  return { t, out: () => out.join(''), err: () => err.join('') }
}

describe('errors: one line, in the CLI’s words', () => {
  it('a UserError prints its message, with its suggestion in flag names', () => {
    const error = new UserError(
      'Contact 127.0.0.1:5000 failed: the server did not answer with TLS',
      {
        suggest: { option: 'plainHttp', value: 'true' }
      }
    )
    const rendered = renderError(error)
    expect(rendered).toMatchObject({ exitCode: 1 })
    expect(rendered.line).toBe(
      'Contact 127.0.0.1:5000 failed: the server did not answer with TLS. For a registry on plain http, add --plain-http.'
    )
    expect(rendered.line).not.toContain('\n')
    expect(rendered.stack).toBeUndefined()
  })

  const suggestions: [OptionName, string | undefined, RegExp][] = [
    ['plainHttp', 'true', /add --plain-http/],
    ['plainHttp', 'false', /Drop --plain-http/],
    ['overwrite', 'true', /drop --no-overwrite/],
    ['overwrite', 'false', /Add --no-overwrite/],
    [
      'credentials',
      undefined,
      /-u\/-p, --password-stdin, SHERPACK_OCI_USERNAME\/SHERPACK_OCI_PASSWORD or docker login/
    ],
    ['token', undefined, /docker login/],
    ['timeout', '30m', /--timeout 30m/],
    ['timeout', undefined, /--timeout/],
    ['tags', undefined, /-t\/--tag/],
    ['destination', undefined, /oci:\/\/HOST\/REPOSITORY/],
    ['annotations', undefined, /--annotation/],
    ['path', undefined, /first argument/]
  ]
  it.each(suggestions)('suggest %s=%s → %s', (option, value, expected) => {
    const text = renderSuggestion({ option, value })
    expect(text).toMatch(expected)
    // Never the action's input names.
    expect(text).not.toMatch(/plain-http: true|overwrite: (true|false)|inputs?\b/)
  })

  it('a file and line the message does not name are added', () => {
    const error = new UserError('metadata.version is missing', {
      file: 'mypack/Pack.yaml',
      line: 3
    })
    expect(renderError(error).line).toBe('metadata.version is missing (mypack/Pack.yaml:3)')
  })

  it('a usage error exits 2 and points at the command help', () => {
    expect(renderError(new UsageError('push needs <dir|archive>', 'push'))).toEqual({
      line: 'push needs <dir|archive>',
      hint: "Run 'sherpack-push push --help' for usage.",
      exitCode: 2
    })
  })

  it('anything else is a bug: says so, asks for a report, keeps the stack aside', () => {
    const rendered = renderError(new TypeError("Cannot read properties of undefined (reading 'x')"))
    expect(rendered.exitCode).toBe(1)
    expect(rendered.line).toMatch(/^unexpected error: Cannot read properties/)
    expect(rendered.line).toMatch(/please report it/)
    expect(rendered.line).not.toContain('\n')
    expect(rendered.stack).toMatch(/TypeError/)
  })
})

describe('Terminal: plain lines, no workflow command, no secret', () => {
  it('never starts a line with ::, whatever a registry or file name says', () => {
    const { t, out, err } = terminal({ debug: true })
    t.info('::error::boom')
    t.warning('x\n::add-mask::y')
    t.error('  ::set-output name=a::b')
    t.debug('::debug::z')
    t.result('::notice::r')
    t.event({ type: 'info', message: '::group::g' })
    for (const line of (out() + err()).split('\n')) expect(line).not.toMatch(/^\s*::/)
    expect(err()).toContain('error::boom')
  })

  it('replaces every secret it was told about, in every stream and in JSON', () => {
    const { t, out, err } = terminal({ debug: true })
    t.mask('s3cret')
    t.mask('s3cret-longer')
    t.info('token s3cret-longer and s3cret')
    t.result(JSON.stringify({ password: 's3cret' }))
    t.error('Basic s3cret')
    t.debug('s3cret')
    const all = out() + err()
    expect(all).not.toContain('s3cret')
    expect(all).toContain('token *** and ***')
    expect(out()).toBe('{"password":"***"}\n')
  })

  it('--quiet keeps results, warnings and errors, drops the story', () => {
    const { t, out, err } = terminal({ quiet: true })
    t.info('Uploading')
    t.result('host/repo@sha256:1')
    t.warning('careful')
    t.error('bad')
    expect(out()).toBe('host/repo@sha256:1\n')
    expect(err()).toBe('warning: careful\nerror: bad\n')
  })

  it('debug lines only with debug on', () => {
    const quiet = terminal()
    quiet.t.debug('hidden')
    quiet.t.event({ type: 'debug', message: 'hidden too' })
    expect(quiet.err()).toBe('')
    const loud = terminal({ debug: true })
    loud.t.debug('shown')
    expect(loud.err()).toBe('debug: shown\n')
  })

  it('warnings from events keep their file and line', () => {
    const { t, err } = terminal()
    t.event({ type: 'warning', message: 'unknown key', file: 'Pack.yaml', line: 4 })
    expect(err()).toBe('warning: unknown key (Pack.yaml:4)\n')
  })
})

describe('progress: a terminal, a large transfer, not quiet', () => {
  const big = PROGRESS_THRESHOLD_BYTES * 2

  it('draws one line in place and ends it', () => {
    const { t, err } = terminal({ tty: true })
    t.event({ type: 'progress', what: 'Upload blob sha256:ab', done: big / 2, total: big })
    t.event({ type: 'progress', what: 'Upload blob sha256:ab', done: big, total: big })
    expect(err()).toBe(
      '\r\x1b[KUpload blob sha256:ab: 50% (10.0 of 20.0 MiB)\r\x1b[KUpload blob sha256:ab: 100% (20.0 of 20.0 MiB)\n'
    )
  })

  it('a log line in the middle starts on a fresh line', () => {
    const { t, err } = terminal({ tty: true })
    t.progress('Upload', 1, big)
    t.info('retrying')
    expect(err()).toMatch(/MiB\)\nretrying\n$/)
  })

  it.each([
    ['not a terminal', { tty: false }, big],
    ['quiet', { tty: true, quiet: true }, big],
    ['10 MB or less', { tty: true }, PROGRESS_THRESHOLD_BYTES - 1]
  ] as const)('nothing when %s', (_name, options, total) => {
    const { t, err } = terminal(options)
    t.progress('Upload', total / 2, total)
    t.progress('Upload', total, total)
    expect(err()).toBe('')
  })
})
