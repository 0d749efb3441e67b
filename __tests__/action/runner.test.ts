// The runner protocol, checked against what the runner parses: commands on stdout, heredoc
// outputs in GITHUB_OUTPUT, HTML appended to GITHUB_STEP_SUMMARY.
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { Runner } from '../../src/action/runner.js'
import { parseOutputFile } from '../support/output-file.js'
import { tempDir } from '../support/temp.js'

function recording(env: NodeJS.ProcessEnv = {}): { runner: Runner; lines: () => string[] } {
  const written: string[] = []
  const runner = new Runner(env, (text) => written.push(text))
  return { runner, lines: () => written.join('').split('\n').filter(Boolean) }
}

describe('Runner', () => {
  it('reads inputs the way the runner passes them, trimmed', () => {
    const { runner } = recording({ INPUT_PLAIN_HTTP: ' true ', 'INPUT_VERSION-CHECK': 'false' })
    expect(runner.input('plain_http')).toBe('true')
    expect(runner.input('version-check')).toBe('false')
    expect(runner.input('missing')).toBe('')
  })

  it('escapes command data and properties so that no value ends or splits a command', () => {
    const { runner, lines } = recording()
    runner.warning('line 1\nline 2 100%', { file: 'a,b:c.yaml', startLine: 7 })
    runner.mask('s3cr%t\n')
    runner.startGroup('Upload')
    runner.endGroup()
    expect(lines()).toEqual([
      '::warning file=a%2Cb%3Ac.yaml,line=7::line 1\\nline 2 100%25',
      '::add-mask::s3cr%25t%0A',
      '::group::Upload',
      '::endgroup::'
    ])
  })

  it('appends outputs as heredocs that survive multi-line values', async () => {
    const dir = await tempDir('runner-')
    const file = path.join(dir, 'output')
    await writeFile(file, '')
    const { runner } = recording({ GITHUB_OUTPUT: file })
    runner.setOutput('digest', 'sha256:abc')
    runner.setOutput('metadata', '{"a":1}\nsecond line')
    expect(parseOutputFile(await readFile(file, 'utf8'))).toEqual({
      digest: 'sha256:abc',
      metadata: '{"a":1}\nsecond line'
    })
  })

  it('appends the summary, and says when the runner gave no summary file', async () => {
    const dir = await tempDir('runner-')
    const file = path.join(dir, 'summary')
    await writeFile(file, '# earlier\n')
    expect(recording({ GITHUB_STEP_SUMMARY: file }).runner.appendSummary('<h2>x</h2>\n')).toBe(true)
    expect(await readFile(file, 'utf8')).toBe('# earlier\n<h2>x</h2>\n')
    expect(recording({}).runner.appendSummary('<h2>x</h2>')).toBe(false)
  })
})
