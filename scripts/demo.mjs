// `npm run demo`: runs the bundled action on examples/hello-pack into a local OCI layout.
// No account, no network: the same code path as a real run, with an oci-layout:// target.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(
  import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname),
  '..'
)
const layout = path.join(root, 'out', 'hello-pack-layout')
rmSync(layout, { recursive: true, force: true })

// Only INPUT_* variables, as a runner would set them; no GitHub context is needed.
const outputFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'demo-')), 'output')
writeFileSync(outputFile, '')
const env = {
  GITHUB_OUTPUT: outputFile,
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH ?? '',
  INPUT_PATH: path.join(root, 'examples', 'hello-pack'),
  INPUT_DESTINATION: `oci-layout://${layout}`
}
const run = spawnSync(process.execPath, [path.join(root, 'dist', 'index.js')], {
  env,
  stdio: 'inherit'
})
if (run.status !== 0) process.exit(run.status ?? 1)
// The outputs a workflow's later steps would see (GITHUB_OUTPUT: name<<DELIMITER … DELIMITER).
const outputs = {}
for (const [, name, , value] of readFileSync(outputFile, 'utf8').matchAll(
  /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
)) {
  outputs[name] = value
}
console.log('\nOutputs:')
for (const name of ['digest', 'ref', 'tags', 'archive', 'archive-digest'])
  console.log(`  ${name}: ${outputs[name]}`)
// The CLI this repository builds reads the layout back (`sherpack-push` once installed).
const shown = path.relative(process.cwd(), layout) || '.'
console.log(
  `\nRead it back: node ${path.relative(process.cwd(), path.join(root, 'dist', 'cli.js'))} inspect oci-layout://${shown}:${outputs.tags?.split(',')[0]}`
)
