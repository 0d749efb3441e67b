// The benchmark is plain JavaScript so Node runs it without a TypeScript loader. It borrows
// the test harness's registry starter (anonymous, htpasswd, token; `tls: true` for https with
// a CA it makes with openssl) by bundling it with esbuild into a temporary directory first.
import * as esbuild from 'esbuild'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

export async function loadSupport(repoRoot) {
  const dir = await mkdtemp(join(tmpdir(), 'bench-support-'))
  const entries = { registry: join(repoRoot, '__tests__', 'support', 'registry.ts') }
  await esbuild.build({
    entryPoints: entries,
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
    // CommonJS dependencies inside call require() for Node built-ins.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);"
    }
  })
  const registry = await import(pathToFileURL(join(dir, 'registry.mjs')).href)
  return {
    startRegistry: registry.startRegistry,
    cleanup: () => rm(dir, { recursive: true, force: true })
  }
}
