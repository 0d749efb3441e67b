// Bundles src/index.ts into one readable ESM file, dist/index.js, which the action runs.
// The bundle's load time is most of a small push's wall time (bench/results.md), so the build
// leaves out dependency code the action can never run; see `trimUnusedDependencies` below.
import * as esbuild from 'esbuild'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * Modules whose code this action never reaches, replaced by tiny stand-ins that fail loudly
 * if that ever changes. Each was checked against the dependency's source (axios 1.x):
 *
 * - axios lib/adapters/fetch.js runs its feature tests when loaded (`const adapter =
 *   getFetch()`): they touch fetch, Request and ReadableStream, which makes Node load its
 *   internal undici (~30 ms). In Node, axios's default adapter list ['xhr', 'http', 'fetch']
 *   always settles on 'http', so the fetch adapter is never used; getFetch() answering false
 *   is what axios itself does where fetch is unsupported.
 * - follow-redirects: axios's http adapter picks it as the transport only when maxRedirects
 *   is not 0. src/oci/transport.ts always sends maxRedirects: 0 (it follows redirects itself,
 *   with its own rules for Authorization), so axios uses node:http/https. axios reads `.http`
 *   and `.https` from it at load time, hence the two members.
 * - form-data (+ mime-types, mime-db, ~240 KB): axios uses it (platform.classes.FormData)
 *   only to turn an object into a multipart body (default transformRequest, toFormData).
 *   The transport replaces transformRequest and sends Buffers and file streams only.
 */
const STUBS = {
  'axios-fetch-adapter': `
    export const getFetch = () => false
    export default false
  `,
  'follow-redirects': `
    const notBundled = () => {
      throw new Error('follow-redirects is not bundled: the action always sets maxRedirects: 0')
    }
    export default { http: { request: notBundled }, https: { request: notBundled } }
  `,
  'form-data': `
    export default class FormDataNotBundled {
      constructor() {
        throw new Error('form-data is not bundled: the action never sends multipart bodies')
      }
    }
  `
}

/**
 * Packages with no side effects at load time that only unused exports reach: marking them
 * side-effect free lets esbuild drop them when nothing imported from them is used.
 *
 * - @actions/http-client and undici (~790 KB): @actions/core imports them statically for
 *   getIDToken (OIDC), which the action never calls. Loading undici alone cost ~60 ms.
 *   If a future change calls getIDToken, esbuild keeps them again: nothing breaks.
 */
const SIDE_EFFECT_FREE = /^(@actions\/http-client(\/.*)?|undici)$/

/**
 * Packages whose index loads much more than the action uses: the bundle takes only the part
 * it imports. If src/ ever imports another name from one of them, the build fails with
 * "No matching export in narrow:<package>", and the name is added here.
 *
 * - semver: only the SemVer class (src/pack/packfile.ts); the index also loads ranges,
 *   comparators and every function module.
 */
const NARROW = {
  semver: "export { default as SemVer } from 'semver/classes/semver.js'"
}

/**
 * Exact one-line edits to dependency sources, each checked on every build: when the line is
 * not found (the dependency changed), the build fails and names the edit to review.
 *
 * - axios lib/utils.js reads globalThis.FormData when it is loaded, to test `instanceof` in
 *   isFormData(). In Node that property is a lazy getter that loads Node's internal undici:
 *   ~30 ms of a small push that never sends a form. Without the constructor, isFormData()
 *   still recognises a real FormData by its toStringTag (the duck-typed branch below it).
 */
const SOURCE_EDITS = [
  {
    file: /[\\/]node_modules[\\/]axios[\\/]lib[\\/]utils\.js$/,
    from: "const FormDataCtor = typeof G.FormData !== 'undefined' ? G.FormData : undefined;",
    to: 'const FormDataCtor = undefined; // scripts/build.mjs: do not load undici for a form test'
  }
]

/**
 * node:http, loaded with require() instead of ESM `import`. Node builds the ESM view of a
 * built-in by reading every export, and on Node 22+ node:http has lazy getters (WebSocket,
 * CloseEvent, MessageEvent) that load Node's internal undici: ~30 ms of every run on Node 24,
 * the action's runtime. require() hands back the module and leaves the getters alone. Only
 * http: routing every built-in this way costs more (esbuild's interop copies each module's
 * properties per importer) than the others' ESM views do.
 */
const BUILTIN_VIA_REQUIRE = /^(node:)?http$/

/** @type {esbuild.Plugin} */
const requireBuiltins = {
  name: 'require-builtins',
  setup(build) {
    build.onResolve({ filter: BUILTIN_VIA_REQUIRE }, (args) =>
      args.kind === 'import-statement' || args.kind === 'dynamic-import'
        ? { path: args.path.replace(/^node:/, ''), namespace: 'builtin' }
        : undefined
    )
    build.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(`node:${args.path}`)})`,
      loader: 'js'
    }))
  }
}

/** @type {esbuild.Plugin} */
const trimUnusedDependencies = {
  name: 'trim-unused-dependencies',
  setup(build) {
    const stubFilter = new RegExp(`^(${Object.keys(STUBS).join('|')})$`)
    build.onResolve({ filter: stubFilter }, (args) => ({ path: args.path, namespace: 'stub' }))
    build.onResolve({ filter: /^\.\/fetch\.js$/ }, (args) =>
      /axios[\\/]lib[\\/]adapters[\\/]adapters\.js$/.test(args.importer)
        ? { path: 'axios-fetch-adapter', namespace: 'stub' }
        : undefined
    )
    const narrowFilter = new RegExp(`^(${Object.keys(NARROW).join('|')})$`)
    build.onResolve({ filter: narrowFilter }, (args) =>
      // Only the action's own imports; the narrowed module's own import goes to the package.
      args.namespace === 'file' && !/[\\/]node_modules[\\/]/.test(args.importer)
        ? { path: args.path, namespace: 'narrow' }
        : undefined
    )
    build.onLoad({ filter: /.*/, namespace: 'narrow' }, (args) => ({
      contents: NARROW[args.path],
      loader: 'js',
      resolveDir: repoRoot
    }))
    build.onLoad({ filter: /.*/, namespace: 'stub' }, (args) => ({
      contents: STUBS[args.path],
      loader: 'js'
    }))
    for (const edit of SOURCE_EDITS) {
      build.onLoad({ filter: edit.file }, async (args) => {
        const source = await readFile(args.path, 'utf8')
        const at = source.indexOf(edit.from)
        if (at === -1 || source.indexOf(edit.from, at + 1) !== -1) {
          return {
            errors: [
              {
                text: `scripts/build.mjs expected exactly one \`${edit.from}\` in ${args.path}: the dependency changed; review that edit`
              }
            ]
          }
        }
        return { contents: source.replace(edit.from, edit.to), loader: 'js' }
      })
    }
    build.onResolve({ filter: SIDE_EFFECT_FREE }, async (args) => {
      if (args.pluginData?.trimming) return undefined
      const resolved = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: { trimming: true }
      })
      if (resolved.errors.length > 0) return { errors: resolved.errors }
      return { ...resolved, sideEffects: false }
    })
  }
}

/** The options for dist/index.js, exported so a variant can be built and measured beside it. */
export const buildOptions = {
  absWorkingDir: repoRoot,
  entryPoints: ['src/index.ts'],
  outfile: 'dist/index.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Readable on purpose: people read dist/ when they audit an action.
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [requireBuiltins, trimUnusedDependencies],
  // Some bundled dependencies are CommonJS and call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);"
  }
}

// Run as a script (npm run build), not when imported for its options.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await esbuild.build(buildOptions)
}
