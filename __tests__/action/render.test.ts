// No echoed value may become a workflow command: the runner reads `::name::…` at a line start.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { UserError } from '../../src/errors.js'
import { ActionLog, failureMessage, safeLine } from '../../src/action/render.js'
import { Runner } from '../../src/action/runner.js'

const runner = new Runner({})

/** What the process wrote to stdout while `work` ran, line by line. */
function stdoutOf(work: () => void): string[] {
  const written: string[] = []
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    written.push(String(chunk))
    return true
  })
  try {
    work()
  } finally {
    spy.mockRestore()
  }
  return written.join('').split('\n')
}

const isCommand = (line: string) => /^\s*::/.test(line)

afterEach(() => vi.restoreAllMocks())

describe('safeLine', () => {
  it.each([
    ['a path with a line break', 'pack dir\n::warning::pwned'],
    ['a carriage return', 'x\r::error::pwned'],
    ['a value at the start of the line', '::add-mask::nothing'],
    ['indented', '   ::set-output name=x::y']
  ])('keeps %s on one line that is not a command', (_what, value) => {
    const line = safeLine(`${value}`)
    expect(line).not.toMatch(/[\r\n]/)
    expect(isCommand(line)).toBe(false)
  })

  it('writes line breaks and other control characters as visible escapes, the rest as it is', () => {
    expect(safeLine('50% done\nnext\r\u001b[2J\u0007')).toBe('50% done\\nnext\\r\\e[2J\\x07')
  })
})

describe('ActionLog', () => {
  it('writes info events as safe lines, and groups each phase', () => {
    const log = new ActionLog(runner, '/w')
    const lines = stdoutOf(() => {
      log.onEvent({ type: 'phase', phase: 'package' })
      log.onEvent({ type: 'info', message: 'Tag plan:\n::warning file=x::from a registry' })
      log.onEvent({ type: 'phase', phase: 'upload' })
      log.end()
    })
    expect(lines.filter(isCommand)).toEqual([
      '::group::Package',
      '::endgroup::',
      '::group::Upload',
      '::endgroup::'
    ])
  })

  it('turns a warning with a file into an annotation on that file, its text escaped', () => {
    const log = new ActionLog(runner, '/w')
    const lines = stdoutOf(() =>
      log.onEvent({ type: 'warning', message: 'bad\n::error::x', file: '/w/p/Pack.yaml', line: 3 })
    )
    expect(lines.filter(Boolean)).toEqual(['::warning file=p/Pack.yaml,line=3::bad\\n::error::x'])
  })
})

describe('failureMessage', () => {
  it("renders a user error's suggestion with the action's input names", () => {
    const error = new UserError('it looks like a plain-HTTP registry', {
      suggest: { option: 'plainHttp', value: 'true' }
    })
    expect(failureMessage(error, runner)).toBe(
      'it looks like a plain-HTTP registry (plain-http: true)'
    )
  })

  it('asks for a bug report only for what is not a user error', () => {
    expect(failureMessage(new UserError('Pack.yaml is missing'), runner)).toBe(
      'Pack.yaml is missing'
    )
  })

  it("puts a bug's stack in the debug log, where the runner shows it only when debugging", () => {
    const written: string[] = []
    const recording = new Runner({}, (text) => written.push(text))
    const bug = new TypeError('x is undefined')
    expect(failureMessage(bug, recording)).toBe(
      'x is undefined (unexpected error in sherpack/push-action: please report it with the debug log)'
    )
    expect(written).toHaveLength(1)
    expect(written[0]).toMatch(/^::debug::TypeError: x is undefined%0A +at /)
  })
})
