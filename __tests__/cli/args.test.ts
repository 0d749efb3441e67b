import { describe, expect, it } from 'vitest'
import { parseCommandLine, UsageError, type CliOptions } from '../../src/cli/args.js'
import { DEFAULT_TIMEOUT_MS } from '../../src/core/types.js'
import { COMMANDS, COMMAND_NAMES } from '../../src/cli/commands-spec.js'
import { main } from '../../src/cli/main.js'
import { fakeIo } from './fake-io.js'

function run(argv: string[]) {
  const parsed = parseCommandLine(argv)
  if (parsed.kind !== 'run') throw new Error(`expected a command, got ${parsed.kind}`)
  return parsed
}

const DIGEST = 'sha256:' + 'a'.repeat(64)

describe('parseCommandLine: every command and flag', () => {
  const cases: [string, string[], Partial<CliOptions>, string[]][] = [
    ['package', ['package', 'dir'], { output: undefined, quiet: false }, ['dir']],
    ['package -o', ['package', 'dir', '-o', 'out'], { output: 'out' }, ['dir']],
    ['package --output=', ['package', 'dir', '--output=out'], { output: 'out' }, ['dir']],
    ['package --quiet', ['package', 'dir', '--quiet'], { quiet: true }, ['dir']],
    ['package -q', ['package', '-q', 'dir'], { quiet: true }, ['dir']],
    [
      'push defaults',
      ['push', 'dir'],
      {
        tags: [],
        overwrite: true,
        plainHttp: false,
        json: false,
        annotations: {},
        passwordStdin: false,
        timeoutMs: DEFAULT_TIMEOUT_MS
      },
      ['dir']
    ],
    ['push with destination', ['push', 'p.tar.gz', 'oci://h/r:1'], {}, ['p.tar.gz', 'oci://h/r:1']],
    [
      'push -t repeated',
      ['push', 'd', '-t', 'a', '--tag', 'b', '--tag=c'],
      { tags: ['a', 'b', 'c'] },
      ['d']
    ],
    [
      'push -u -p',
      ['push', 'd', '-u', 'me', '-p', 'pw'],
      { username: 'me', password: 'pw' },
      ['d']
    ],
    [
      'push --username --password',
      ['push', 'd', '--username', 'me', '--password', 'pw'],
      { username: 'me', password: 'pw' },
      ['d']
    ],
    ['push --password-stdin', ['push', 'd', '--password-stdin'], { passwordStdin: true }, ['d']],
    ['push --plain-http', ['push', 'd', '--plain-http'], { plainHttp: true }, ['d']],
    ['push --no-overwrite', ['push', 'd', '--no-overwrite'], { overwrite: false }, ['d']],
    [
      'push: the last of --overwrite/--no-overwrite wins',
      ['push', 'd', '--no-overwrite', '--overwrite'],
      { overwrite: true },
      ['d']
    ],
    [
      'push --annotation repeated',
      [
        'push',
        'd',
        '--annotation',
        'a=1',
        '--annotation',
        'b=x=y',
        '--annotation',
        'a=2',
        '--annotation',
        'c='
      ],
      { annotations: { a: '2', b: 'x=y', c: '' } },
      ['d']
    ],
    ['push --json', ['push', 'd', '--json'], { json: true }, ['d']],
    ['push --quiet', ['push', 'd', '--quiet'], { quiet: true }, ['d']],
    ['push --timeout 90s', ['push', 'd', '--timeout', '90s'], { timeoutMs: 90_000 }, ['d']],
    ['push --timeout 600', ['push', 'd', '--timeout=600'], { timeoutMs: 600_000 }, ['d']],
    ['push --timeout 1h', ['push', 'd', '--timeout', '1h'], { timeoutMs: 3_600_000 }, ['d']],
    ['pull by tag', ['pull', 'oci://h/r:1'], { untar: false }, ['oci://h/r:1']],
    [
      'pull -o --untar',
      ['pull', `oci://h/r@${DIGEST}`, '-o', 'x', '--untar'],
      { output: 'x', untar: true },
      [`oci://h/r@${DIGEST}`]
    ],
    [
      'pull credentials, plain-http, json',
      ['pull', 'oci://h/r:1', '-u', 'u', '--password-stdin', '--plain-http', '--json'],
      { username: 'u', passwordStdin: true, plainHttp: true, json: true },
      ['oci://h/r:1']
    ],
    [
      'pull -p',
      ['pull', 'oci://h/r:1', '-u', 'u', '-p', 'pw'],
      { password: 'pw' },
      ['oci://h/r:1']
    ],
    [
      'inspect',
      ['inspect', 'oci://h/r:1', '--plain-http', '-u', 'u', '-p', 'pw', '--json'],
      { plainHttp: true, username: 'u', password: 'pw', json: true },
      ['oci://h/r:1']
    ],
    [
      'inspect --timeout',
      ['inspect', 'oci://h/r:1', '--timeout', '2m'],
      { timeoutMs: 120_000 },
      ['oci://h/r:1']
    ],
    ['a value starting with a dash after --', ['push', '--', '-dir'], {}, ['-dir']],
    [
      'push --sign with --key (repeatable) and --sign-password-stdin',
      ['push', 'd', '--sign', 'k.key', '--sign-password-stdin', '--key', 'a.pub', '--key', 'b.pub'],
      { sign: 'k.key', signPasswordStdin: true, keys: ['a.pub', 'b.pub'], verify: false },
      ['d']
    ],
    [
      'pull --verify --key',
      ['pull', 'oci://h/r:1', '--verify', '--key', 'a.pub'],
      { verify: true, keys: ['a.pub'] },
      ['oci://h/r:1']
    ]
  ]
  it.each(cases)('%s', (_name, argv, options, positionals) => {
    const parsed = run(argv)
    expect(parsed.command).toBe(argv[0])
    expect(parsed.positionals).toEqual(positionals)
    expect(parsed.options).toMatchObject(options)
  })
})

describe('usage errors exit 2 with one error line and a pointer to --help', () => {
  const cases: [string, string[], RegExp][] = [
    ['no command', [], /no command given/],
    ['unknown command', ['publish', 'x'], /unknown command 'publish'/],
    ['unknown top-level flag', ['--bogus'], /unknown option '--bogus'/],
    ['help on an unknown command', ['help', 'nope'], /unknown command 'nope'/],
    ['package without a directory', ['package'], /package needs <dir>/],
    [
      'package with two directories',
      ['package', 'a', 'b'],
      /too many arguments: package takes <dir>/
    ],
    ['package: unknown flag', ['package', 'd', '--tag', 'x'], /Unknown option '--tag'/],
    [
      'package: -o without a value',
      ['package', 'd', '-o'],
      /Option '-o, --output <value>' argument missing/
    ],
    ['package: empty -o', ['package', 'd', '-o', ''], /--output needs a value/],
    ['push without a pack', ['push'], /push needs <dir\|archive\|glob>/],
    [
      'push with a path after a destination',
      ['push', 'a', 'oci://h/r', 'c'],
      /give the paths first, then the destinations/
    ],
    [
      'push without a destination off GitLab',
      ['push', '/nonexistent-dir'],
      /push needs a destination/
    ],
    ['push: -t without a value', ['push', 'd', '-t'], /argument missing/],
    ['push: empty --tag', ['push', 'd', 'oci://h/r', '--tag='], /--tag needs a value/],
    ['push: --json with a value', ['push', 'd', '--json=yes'], /does not take an argument/],
    [
      'push: -p and --password-stdin',
      ['push', 'd', '-p', 'x', '--password-stdin'],
      /cannot be used together/
    ],
    ['push: --annotation without =', ['push', 'd', '--annotation', 'novalue'], /has no "="/],
    [
      'push: --annotation with an empty key',
      ['push', 'd', '--annotation', '=v'],
      /has an empty key/
    ],
    [
      'push: --annotation key with spaces',
      ['push', 'd', '--annotation', 'a b=v'],
      /key with spaces/
    ],
    [
      'push: bad --timeout',
      ['push', 'd', '--timeout', 'soon'],
      /--timeout must be a positive duration/
    ],
    [
      'push: zero --timeout',
      ['push', 'd', '--timeout', '0'],
      /--timeout must be a positive duration/
    ],
    ['push: --untar is pull only', ['push', 'd', '--untar'], /Unknown option '--untar'/],
    [
      'push: --password-stdin and --sign-password-stdin',
      ['push', 'd', '--sign', 'k', '--password-stdin', '--sign-password-stdin'],
      /cannot both read standard input/
    ],
    [
      'push: --sign-password-stdin without --sign',
      ['push', 'd', '--sign-password-stdin'],
      /--sign-password-stdin needs --sign KEYFILE/
    ],
    ['push: empty --sign', ['push', 'd', '--sign='], /--sign needs a value/],
    ['push: --verify is pull only', ['push', 'd', '--verify'], /Unknown option '--verify'/],
    [
      'pull: --verify without --key',
      ['pull', 'oci://h/r:1', '--verify'],
      /--verify needs the trusted public key/
    ],
    [
      'pull: --sign is push only',
      ['pull', 'oci://h/r:1', '--sign', 'k'],
      /Unknown option '--sign'/
    ],
    ['pull without a reference', ['pull'], /pull needs/],
    ['pull with two references', ['pull', 'oci://h/r:1', 'oci://h/r:2'], /too many arguments/],
    ['pull: --tag is push only', ['pull', 'oci://h/r:1', '-t', 'x'], /Unknown option '-t'/],
    [
      'pull: --no-overwrite is push only',
      ['pull', 'oci://h/r:1', '--no-overwrite'],
      /Unknown option/
    ],
    ['inspect without a reference', ['inspect'], /inspect needs/],
    ['inspect: -o is pull only', ['inspect', 'oci://h/r:1', '-o', 'x'], /Unknown option '-o'/],
    ['inspect: --untar is pull only', ['inspect', 'oci://h/r:1', '--untar'], /Unknown option/],
    [
      'pull: empty --password-stdin',
      ['pull', 'oci://127.0.0.1:9/r:1', '-u', 'u', '--password-stdin'],
      /--password-stdin read an empty password/
    ]
  ]
  it.each(cases)('%s', async (_name, argv, message) => {
    const terminal = fakeIo({ stdin: '' })
    const code = await main(argv, terminal.io)
    expect(code).toBe(2)
    const lines = terminal.stderr().trimEnd().split('\n')
    expect(lines[0]).toMatch(/^error: /)
    expect(lines[0]).toMatch(message)
    expect(terminal.stderr()).toMatch(/sherpack-push( \S+)? --help/)
    expect(terminal.stdout()).toBe('')
  })

  it('never echoes a stray argument, which may be a password typed without -p', async () => {
    const terminal = fakeIo()
    expect(await main(['push', 'dir', 'oci://h/r', 'hunter2-secret'], terminal.io)).toBe(2)
    expect(terminal.stderr()).not.toContain('hunter2-secret')
  })

  it('says which command a usage error is about', () => {
    expect(() => parseCommandLine(['pull'])).toThrow(UsageError)
    try {
      parseCommandLine(['pull'])
    } catch (error) {
      expect((error as UsageError).command).toBe('pull')
    }
  })
})

describe('--help', () => {
  it.each(COMMAND_NAMES.map((name) => [name]))(
    '%s --help prints its usage, every flag and an example, and exits 0',
    async (name) => {
      for (const argv of [
        [name, '--help'],
        [name, '-h'],
        ['help', name],
        [name, 'x', '--bogus', '--help']
      ]) {
        const terminal = fakeIo()
        expect(await main(argv, terminal.io)).toBe(0)
        const help = terminal.stdout()
        expect(help).toContain(`Usage: sherpack-push ${name} ${COMMANDS[name].args}`)
        for (const [flag, spec] of Object.entries(COMMANDS[name].flags)) {
          expect(help).toContain(`--${flag}`)
          if (spec.short) expect(help).toContain(`-${spec.short}, --${flag}`)
        }
        expect(help).toMatch(/Examples?:\n {2}sherpack-push /)
        expect(terminal.stderr()).toBe('')
      }
    }
  )

  it('the overview lists every command, on --help and help', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const terminal = fakeIo()
      expect(await main(argv, terminal.io)).toBe(0)
      for (const name of COMMAND_NAMES) expect(terminal.stdout()).toContain(`  ${name} `)
      expect(terminal.stdout()).toContain('Example:')
    }
  })

  it('--help after -- is an argument, not a request for help', () => {
    expect(run(['package', '--', '--help']).positionals).toEqual(['--help'])
  })

  it('--version prints the version', async () => {
    const terminal = fakeIo()
    expect(await main(['--version'], terminal.io)).toBe(0)
    expect(terminal.stdout()).toMatch(/^sherpack-push \d+\.\d+\.\d+\n$/)
  })
})
