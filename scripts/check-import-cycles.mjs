// Fails when a module of src/ can reach itself through its imports: a cycle means two modules
// that cannot be understood, tested or moved one without the other. Every import counts, type-only
// and dynamic ones too: `import type` ties two modules' designs as firmly as a value does (the
// cycle that issue 24 named was one of types), even though esbuild erases it.
//
//   node scripts/check-import-cycles.mjs [DIR]    (default src, from the repository's root; npm run lint)
//
// Written here rather than taken from a linter plugin: eslint-plugin-import(-x)'s no-cycle and
// dpdm's default ignore type-only imports, and TypeScript (a dependency already) lists a file's
// imports through its documented preProcessFile API, so the check is a graph walk and no more.
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import ts from 'typescript'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Every .ts file under dir, as absolute paths, sorted (the report reads the same each run). */
function sourceFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
    .map((name) => path.join(dir, name))
    .sort()
}

/** The files of `known` that `file` imports: relative specifiers, `.js` written for `.ts`. */
function importsOf(file, known) {
  const text = readFileSync(file, 'utf8')
  const { importedFiles } = ts.preProcessFile(text, true, true)
  const targets = new Set()
  for (const { fileName } of importedFiles) {
    if (!fileName.startsWith('.')) continue
    const resolved = path.join(path.dirname(file), fileName).replace(/\.js$/, '.ts')
    for (const candidate of [resolved, path.join(resolved, 'index.ts')]) {
      if (known.has(candidate)) targets.add(candidate)
    }
  }
  return [...targets]
}

/** The strongly connected components of more than one file (or a file importing itself). */
function cycles(graph) {
  const index = new Map()
  const low = new Map()
  const stack = []
  const onStack = new Set()
  const found = []
  let next = 0
  const visit = (file) => {
    index.set(file, next)
    low.set(file, next++)
    stack.push(file)
    onStack.add(file)
    for (const target of graph.get(file)) {
      if (!index.has(target)) {
        visit(target)
        low.set(file, Math.min(low.get(file), low.get(target)))
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file), index.get(target)))
      }
    }
    if (low.get(file) !== index.get(file)) return
    const component = []
    for (let member; member !== file;) {
      member = stack.pop()
      onStack.delete(member)
      component.push(member)
    }
    if (component.length > 1 || graph.get(file).includes(file)) found.push(component.sort())
  }
  for (const file of graph.keys()) if (!index.has(file)) visit(file)
  return found
}

/** One path around the component, from its first file back to it, for the message. */
function loopThrough(component, graph) {
  const members = new Set(component)
  const start = component[0]
  const previous = new Map([[start, undefined]])
  const queue = [start]
  while (queue.length > 0) {
    const file = queue.shift()
    for (const target of graph.get(file)) {
      if (!members.has(target)) continue
      if (target === start) {
        const loop = []
        for (let at = file; at !== undefined; at = previous.get(at)) loop.unshift(at)
        return [...loop, start]
      }
      if (!previous.has(target)) {
        previous.set(target, file)
        queue.push(target)
      }
    }
  }
  return component
}

/** Each import cycle among the .ts files under dir, as one loop of absolute paths. */
export function findImportCycles(dir) {
  const files = sourceFiles(dir)
  const known = new Set(files)
  const graph = new Map(files.map((file) => [file, importsOf(file, known)]))
  return { modules: files.length, cycles: cycles(graph).map((c) => loopThrough(c, graph)) }
}

// Run as a script (npm run lint), not when imported (the tests).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] ?? 'src'
  const found = findImportCycles(path.resolve(repoRoot, dir))
  const shown = (file) => path.relative(repoRoot, file)
  for (const loop of found.cycles) console.error(`Import cycle: ${loop.map(shown).join(' → ')}`)
  if (found.cycles.length > 0) {
    console.error(
      `${found.cycles.length} import cycle(s) in ${dir}/: move what both sides need into a module of its own that imports neither`
    )
    process.exitCode = 1
  } else {
    console.log(`No import cycle among the ${found.modules} modules of ${dir}/`)
  }
}
