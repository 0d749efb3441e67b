// `npm run demo`: runs the bundled action on examples/hello-pack into a local OCI layout, the
// same code path as a real run with an oci-layout:// target. No account, no network.
//
//   npm run demo                  (writes out/hello-pack-layout and out/hello-pack-0.1.0.tar.gz)
//   npm run demo -- --out DIR     (writes them into DIR instead)
//
// On a runner (GITHUB_ACTIONS=true) the action's log passes through as it is; in a terminal its
// workflow commands (::group::, ::warning::, …) are shown as plain lines.
import { spawn } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'

const root = path.resolve(import.meta.dirname, '..')
const USAGE = 'Usage: npm run demo [-- --out DIR]   (default DIR: ./out of this repository)'

function options() {
  try {
    return parseArgs({
      options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } }
    }).values
  } catch (error) {
    console.error(`demo: ${error.message}\n${USAGE}`)
    process.exit(2)
  }
}

/** `%0A`-style escapes of the runner protocol, undone. */
function unescapeData(text) {
  return text.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%25', '%')
}

/**
 * One line of the action's stdout as a terminal should show it: group titles as headings, the
 * lines of a group indented, annotations as `warning:`/`error:` lines with their file; debug
 * lines and masks (`::add-mask::` carries a secret) are dropped.
 */
function plainLine(line, state) {
  const command = /^::([\w-]+)( [^:]*)?::(.*)$/.exec(line)
  if (!command) return `${state.indent}${line}`
  const [, name, props = '', data] = command
  const text = unescapeData(data)
  switch (name) {
    case 'group':
      state.indent = '  '
      return text
    case 'endgroup':
      state.indent = ''
      return undefined
    case 'warning':
    case 'error':
    case 'notice': {
      const file = /file=([^,]*)/.exec(props)?.[1]
      const where = file
        ? ` (${unescapeData(file).replaceAll('%3A', ':').replaceAll('%2C', ',')})`
        : ''
      return `${state.indent}${name}${where}: ${text}`
    }
    default:
      return undefined
  }
}

/** Runs dist/index.js with only INPUT_* and the runner's files set, as a runner would. */
async function runAction(env) {
  const onRunner = process.env.GITHUB_ACTIONS === 'true'
  const child = spawn(process.execPath, [path.join(root, 'dist', 'index.js')], {
    env,
    stdio: ['ignore', onRunner ? 'inherit' : 'pipe', 'inherit']
  })
  if (!onRunner) {
    const state = { indent: '' }
    createInterface({ input: child.stdout }).on('line', (line) => {
      const shown = plainLine(line, state)
      if (shown !== undefined) console.log(shown)
    })
  }
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (code) => resolve(code ?? 1))
  })
}

/** The outputs a workflow's later steps would see (GITHUB_OUTPUT: name<<DELIMITER … DELIMITER). */
function parseOutputs(text) {
  const outputs = {}
  for (const [, name, , value] of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) {
    outputs[name] = value
  }
  return outputs
}

async function main() {
  const { out, help } = options()
  if (help) {
    console.log(USAGE)
    return 0
  }
  const outDir = path.resolve(out ?? path.join(root, 'out'))
  const layout = path.join(outDir, 'hello-pack-layout')
  await rm(layout, { recursive: true, force: true })
  await mkdir(outDir, { recursive: true })
  // The runner's temp dir: the action packages into it; removed once the archive is copied out.
  const work = await mkdtemp(path.join(os.tmpdir(), 'sherpack-demo-'))
  try {
    const outputFile = path.join(work, 'output')
    await writeFile(outputFile, '')
    const code = await runAction({
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      TMPDIR: os.tmpdir(),
      RUNNER_TEMP: work,
      GITHUB_OUTPUT: outputFile,
      SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH ?? '',
      INPUT_PATH: path.join(root, 'examples', 'hello-pack'),
      INPUT_DESTINATION: `oci-layout://${layout}`
    })
    if (code !== 0) return code
    const outputs = parseOutputs(await readFile(outputFile, 'utf8'))
    // Kept beside the layout: the runner's temp dir it was written to goes.
    const archive = path.join(outDir, path.basename(outputs.archive))
    await copyFile(outputs.archive, archive)
    report({ ...outputs, archive }, layout)
    return 0
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

function report(outputs, layout) {
  console.log('\nOutputs:')
  for (const name of ['digest', 'ref', 'tags', 'archive', 'archive-digest']) {
    console.log(`  ${name}: ${outputs[name]}`)
  }
  const tag = outputs.tags.split(',')[0]
  // Paths as typed from here: the lines can be copied as they are.
  const cli = path.relative(process.cwd(), path.join(root, 'dist', 'cli.js'))
  const shown = path.relative(process.cwd(), layout) || '.'
  console.log(
    `\nRead it back with sherpack-push, the command line this repository builds (${cli} until installed):`
  )
  console.log(`  node ${cli} inspect oci-layout://${shown}:${tag}`)
}

process.exitCode = await main()
