// `sherpack-push push --sign` and `pull --verify --key` (issue 20) against the real registry
// (no referrers API: the fallback tag) and through a small server offering the API with Link
// paging: pull passes with the right key (a .pub file or its base64 line) and writes the .minisig
// minisign accepts; it fails, writing nothing, with another key, a signature that does not match
// the archive, a tampered signature or trusted comment, a comment naming another pack, a
// referrer whose subject is another digest, and no signature at all. `inspect` lists referrers.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RegistryClient } from '../../src/oci/client.js'
import { attachReferrer, fallbackTag } from '../../src/oci/referrers.js'
import { openSecretKey, parseSecretKey } from '../../src/sign/keys.js'
import { formatSignature, prehashFile, signPrehashed } from '../../src/sign/signature.js'
import { builtFile, examplePack } from '../support/action.js'
import {
  makeUnprotectedKeyPair,
  minisignVerify,
  protectedKeyPair,
  type MinisignKeyPair
} from '../support/minisign.js'
import { referrersApiServer } from '../support/referrers-api.js'
import { BUNDLE_TYPE, SIGNATURE_TYPE, uploadReferrer } from '../support/referrers.js'
import { startRegistry, type TestRegistry } from '../support/registry.js'
import { runCommand } from '../support/run-command.js'

let registry: TestRegistry
let work: string
let keys: MinisignKeyPair
let other: MinisignKeyPair
let home: string

beforeAll(async () => {
  registry = await startRegistry({ auth: 'anonymous' })
  work = await mkdtemp(path.join(os.tmpdir(), 'verify-pull-'))
  home = path.join(work, 'home')
  keys = await makeUnprotectedKeyPair(work, 'release')
  other = await makeUnprotectedKeyPair(work, 'other')
})
afterAll(async () => {
  await registry?.stop()
  if (work) await rm(work, { recursive: true, force: true })
})

interface Cli {
  code: number | null
  stdout: string
  stderr: string
}

async function cli(args: string[], env: Record<string, string> = {}, input?: string): Promise<Cli> {
  const result = await runCommand(process.execPath, [builtFile('cli.js'), ...args], {
    env: {
      PATH: process.env.PATH,
      HOME: home,
      TMPDIR: os.tmpdir(),
      SOURCE_DATE_EPOCH: '1767225600',
      ...env
    },
    input,
    timeoutMs: 120_000
  })
  return { code: result.code, stdout: result.stdout.toString('utf8'), stderr: result.stderr }
}

function ok(run: Cli): Cli {
  expect(run.stderr, run.stderr).not.toMatch(/^error: /m)
  expect(run.code).toBe(0)
  return run
}

async function pushSigned(repository: string, host = registry.host): Promise<string> {
  const run = ok(
    await cli([
      'push',
      examplePack,
      `oci://${host}/${repository}`,
      '--plain-http',
      '--sign',
      keys.secretKeyFile,
      '--json'
    ])
  )
  return (JSON.parse(run.stdout) as { digest: string }).digest
}

/** A pull with --verify that must fail, leaving the output directory empty. */
async function refusedPull(
  repository: string,
  message: RegExp,
  keyArgs: string[] = ['--key', keys.publicKeyFile]
): Promise<void> {
  const out = await mkdtemp(path.join(work, 'out-'))
  const run = await cli([
    'pull',
    `oci://${registry.host}/${repository}:0.1.0`,
    '--plain-http',
    '--verify',
    ...keyArgs,
    '-o',
    out
  ])
  expect(run.code).toBe(1)
  const errors = run.stderr.split('\n').filter((line) => line.startsWith('error: '))
  expect(errors).toHaveLength(1)
  expect(errors[0]).toMatch(message)
  expect(await readdir(out)).toEqual([])
}

/** The pack pushed unsigned to `repository`, and its archive as pulled. */
async function unsignedPack(repository: string): Promise<{ digest: string; archive: string }> {
  const pushed = ok(
    await cli([
      'push',
      examplePack,
      `oci://${registry.host}/${repository}`,
      '--plain-http',
      '--json'
    ])
  )
  const out = await mkdtemp(path.join(work, 'plain-'))
  const pulled = ok(
    await cli([
      'pull',
      `oci://${registry.host}/${repository}:0.1.0`,
      '--plain-http',
      '-o',
      out,
      '--json'
    ])
  )
  const { digest } = JSON.parse(pushed.stdout) as { digest: string }
  return { digest, archive: (JSON.parse(pulled.stdout) as { archive: string }).archive }
}

/** Attaches `minisig` to `subject` in `repository` as our signature referrer would be. */
async function attach(
  repository: string,
  subject: string,
  minisig: string,
  subjectInManifest = subject
): Promise<void> {
  const client = new RegistryClient({ host: registry.host, plainHttp: true })
  try {
    const manifest = await uploadReferrer(client, repository, {
      artifactType: SIGNATURE_TYPE,
      payload: Buffer.from(minisig),
      subject: subjectInManifest
    })
    await attachReferrer(client.referrers(repository), manifest, subject)
  } finally {
    client.close()
  }
}

/** A .minisig of `archive` made with our code and `keys`, with `comment`. */
async function signArchive(archive: string, comment: string): Promise<string> {
  const key = await openSecretKey(
    parseSecretKey(keys.secretKey, { shown: 'k' }),
    undefined,
    { shown: 'k' },
    { shown: 'p' }
  )
  return formatSignature(signPrehashed(key, await prehashFile(archive), comment))
}

describe('push --sign, then pull --verify', () => {
  it('passes with the right key, writes the .minisig minisign accepts, and says which key signed', async () => {
    const digest = await pushSigned('ok/hello')
    const out = await mkdtemp(path.join(work, 'ok-'))
    const run = ok(
      await cli([
        'pull',
        `oci://${registry.host}/ok/hello:0.1.0`,
        '--plain-http',
        '--verify',
        '--key',
        keys.publicKeyFile,
        '-o',
        out,
        '--json'
      ])
    )
    const pulled = JSON.parse(run.stdout) as {
      archive: string
      digest: string
      signature: { keyId: string }
    }
    expect(pulled.digest).toBe(digest)
    const keyId = keys.keyId
    expect(pulled.signature.keyId).toBe(keyId)
    expect((await readdir(out)).sort()).toEqual([
      path.basename(pulled.archive),
      `${path.basename(pulled.archive)}.minisig`
    ])
    const verified = await minisignVerify(pulled.archive, keys.publicKeyFile)
    expect(verified.code).toBe(0)
    expect(verified.stdout.toString()).toMatch(
      /Trusted comment: sherpack:hello-pack v0\.1\.0 digest:[0-9a-f]{16}/
    )
  })

  it('takes the key as its base64 line, and among several keys', async () => {
    await pushSigned('line/hello')
    for (const keyArgs of [
      ['--key', keys.publicKeyLine],
      ['--key', other.publicKeyFile, '--key', keys.publicKeyFile]
    ]) {
      const out = await mkdtemp(path.join(work, 'line-'))
      ok(
        await cli([
          'pull',
          `oci://${registry.host}/line/hello:0.1.0`,
          '--plain-http',
          '--verify',
          ...keyArgs,
          '-o',
          out
        ])
      )
      expect((await readdir(out)).filter((f) => f.endsWith('.minisig'))).toHaveLength(1)
    }
  })

  it('fails with another key, naming the key that signed and the one expected', async () => {
    await pushSigned('wrong-key/hello')
    const signer = keys.keyId
    const expected = other.keyId
    await refusedPull(
      'wrong-key/hello',
      new RegExp(
        `No signature of .* verifies with the trusted keys \\(${expected}\\); signed by: ${signer}`
      ),
      ['--key', other.publicKeyFile]
    )
  })

  it('fails when no signature exists, while a plain pull still works', async () => {
    await unsignedPack('unsigned/hello')
    await refusedPull('unsigned/hello', /has no signature/)
  })

  it('fails on a signature of another archive (the pulled archive does not match it)', async () => {
    const { digest } = await unsignedPack('other-archive/hello')
    const foreign = path.join(work, 'foreign.tar.gz')
    await writeFile(foreign, 'some other archive')
    await attach(
      'other-archive/hello',
      digest,
      await signArchive(foreign, 'sherpack:hello-pack v0.1.0 digest:0000000000000000')
    )
    await refusedPull('other-archive/hello', /the signature does not match the archive/)
  })

  it('fails on a tampered signature and on a tampered trusted comment', async () => {
    const { digest, archive } = await unsignedPack('tampered/hello')
    const good = await signArchive(archive, 'sherpack:hello-pack v0.1.0 digest:ffffffffffffffff')
    const lines = good.split('\n')
    const sig = Buffer.from(lines[1]!, 'base64')
    sig[20] = sig[20]! ^ 1
    const badSignature = [lines[0], sig.toString('base64'), lines[2], lines[3], ''].join('\n')
    await attach('tampered/hello', digest, badSignature)
    await refusedPull('tampered/hello', /the signature does not match the archive/)
    const { digest: digest2 } = await unsignedPack('tampered-comment/hello')
    const badComment = good.replace('digest:ffffffffffffffff', 'digest:fffffffffffffffe')
    await attach('tampered-comment/hello', digest2, badComment)
    await refusedPull('tampered-comment/hello', /the trusted comment was altered/)
  })

  it('fails on a valid signature whose trusted comment names another pack or version', async () => {
    const { digest, archive } = await unsignedPack('claim/hello')
    await attach(
      'claim/hello',
      digest,
      await signArchive(archive, 'sherpack:hello-pack v9.9.9 digest:0000000000000000')
    )
    await refusedPull('claim/hello', /its trusted comment names version 9\.9\.9, not 0\.1\.0/)
  })

  it('fails on a listed referrer whose subject is another digest, even with a valid signature', async () => {
    const { digest, archive } = await unsignedPack('subject/hello')
    const minisig = await signArchive(archive, 'x')
    await attach('subject/hello', digest, minisig, 'sha256:' + 'a'.repeat(64))
    await refusedPull('subject/hello', new RegExp(`its subject is sha256:a{64}, not ${digest}`))
  })

  it('fails on a legacy (Ed) signature and on a signature layer larger than a .minisig', async () => {
    const { digest, archive } = await unsignedPack('legacy/hello')
    const lines = (await signArchive(archive, 'x')).split('\n')
    const sig = Buffer.from(lines[1]!, 'base64')
    sig.write('Ed', 0, 'latin1')
    await attach(
      'legacy/hello',
      digest,
      [lines[0], sig.toString('base64'), ...lines.slice(2)].join('\n')
    )
    await refusedPull('legacy/hello', /a legacy signature of the whole file \(Ed\)/)
    const { digest: digest2 } = await unsignedPack('large/hello')
    await attach('large/hello', digest2, 'x'.repeat(5000))
    await refusedPull('large/hello', /its signature layer is 5000 bytes, more than a \.minisig/)
  })

  it('--verify without --key is a usage error', async () => {
    const run = await cli([
      'pull',
      `oci://${registry.host}/ok/hello:0.1.0`,
      '--plain-http',
      '--verify'
    ])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--verify needs the trusted public key')
  })
})

describe('inspect', () => {
  it('lists the referrers, with the key id of ours', async () => {
    const digest = await pushSigned('inspect/hello')
    const run = ok(
      await cli(['inspect', `oci://${registry.host}/inspect/hello:0.1.0`, '--plain-http', '--json'])
    )
    const report = JSON.parse(run.stdout) as {
      referrers: { artifactType: string; keyId: string; digest: string }[]
      referrersFrom: string
    }
    expect(report.referrersFrom).toBe(`the tag ${fallbackTag(digest)}`)
    expect(report.referrers).toHaveLength(1)
    expect(report.referrers[0]).toMatchObject({
      artifactType: 'application/vnd.sherpack.pack.signature.v1.minisig',
      keyId: keys.keyId
    })
    const text = ok(
      await cli(['inspect', `oci://${registry.host}/inspect/hello:0.1.0`, '--plain-http'])
    )
    expect(text.stdout).toContain(`referrers:  1 (the tag ${fallbackTag(digest)})`)
  })
})

describe('through a registry with the referrers API', () => {
  it('writes no fallback tag, and pull --verify pages through to the signature', async () => {
    const api = await referrersApiServer(registry.host, { pageSize: 1 })
    try {
      const digest = await pushSigned('api/hello', api.host)
      // Another tool's referrer after ours: with one entry per page, the listing takes two.
      const client = new RegistryClient({ host: api.host, plainHttp: true })
      try {
        const attestation = await uploadReferrer(client, 'api/hello', {
          artifactType: BUNDLE_TYPE,
          payload: Buffer.from('{"bundle":true}'),
          subject: digest,
          annotations: { 'dev.sigstore.bundle.content': 'dsse-envelope' }
        })
        const referrers = client.referrers('api/hello')
        expect((await attachReferrer(referrers, attestation, digest)).keptBy).toBe('api')
      } finally {
        client.close()
      }
      expect(await registry.listTags('api/hello')).toEqual(['0.1.0'])
      const out = await mkdtemp(path.join(work, 'api-'))
      const before = api.apiRequests().length
      ok(
        await cli([
          'pull',
          `oci://${api.host}/api/hello:0.1.0`,
          '--plain-http',
          '--verify',
          '--key',
          keys.publicKeyFile,
          '-o',
          out
        ])
      )
      expect(
        api
          .apiRequests()
          .slice(before)
          .map((r) => r.query.get('page'))
      ).toEqual([null, '1'])
      expect((await readdir(out)).some((f) => f.endsWith('.minisig'))).toBe(true)
    } finally {
      await api.close()
    }
  })
})

describe('bad keys on the command line: no request to the registry', () => {
  it('a wrong SHERPACK_SIGNING_PASSWORD, or a public key given to --sign', async () => {
    const protectedKeys = await protectedKeyPair()
    await registry.flushAccessLog()
    registry.clearAccessLog()
    const wrong = await cli(
      [
        'push',
        examplePack,
        `oci://${registry.host}/bad/hello`,
        '--plain-http',
        '--sign',
        protectedKeys.secretKeyFile
      ],
      { SHERPACK_SIGNING_PASSWORD: 'nope' }
    )
    expect(wrong.code).toBe(1)
    expect(wrong.stderr).toContain(
      `error: The password in SHERPACK_SIGNING_PASSWORD does not open the key file ${protectedKeys.secretKeyFile} (--sign)`
    )
    const notSecret = await cli([
      'push',
      examplePack,
      `oci://${registry.host}/bad/hello`,
      '--plain-http',
      '--sign',
      keys.publicKeyFile
    ])
    expect(notSecret.code).toBe(1)
    expect(notSecret.stderr).toContain(
      `error: The key file ${keys.publicKeyFile} (--sign) is not a minisign secret key`
    )
    expect(await registry.flushAccessLog()).toEqual([])
  }, 120_000)
})
