// Signed packs through the action (issue 20): the archive signed in the step with a minisign key,
// the signature attached to two real registries (distribution: no referrers API, so the fallback
// index sha256-<hex>), the pack's digest unchanged, a re-run adding nothing, another tool's
// attestation kept, a tag that is not an index refused, a prebuilt archive's .minisig pushed as
// it is, and bad keys or passwords refused before any request reaches a registry.
import { randomBytes } from 'node:crypto'
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RegistryClient } from '../../src/oci/client.js'
import { MediaType } from '../../src/oci/descriptor.js'
import { fallbackTag } from '../../src/oci/referrers.js'
import { examplePack, runAction, unmasked, type ActionRun } from '../support/action.js'
import {
  makeUnprotectedKeyPair,
  minisignSign,
  minisignVerify,
  protectedKeyPair,
  type MinisignKeyPair
} from '../support/minisign.js'
import { BUNDLE_TYPE, SIGNATURE_TYPE, uploadReferrer } from '../support/referrers.js'
import { startRegistry, type TestRegistry } from '../support/registry.js'
import { fetchBlob, skopeoInspectRaw } from '../support/skopeo.js'

let one: TestRegistry
let two: TestRegistry
let work: string
let keys: MinisignKeyPair
let other: MinisignKeyPair

beforeAll(async () => {
  ;[one, two] = await Promise.all([
    startRegistry({ auth: 'anonymous' }),
    startRegistry({ auth: 'anonymous' })
  ])
  work = await mkdtemp(path.join(os.tmpdir(), 'signed-push-'))
  keys = await makeUnprotectedKeyPair(work, 'release')
  other = await makeUnprotectedKeyPair(work, 'other')
})
afterAll(async () => {
  await Promise.all([one?.stop(), two?.stop()])
  if (work) await rm(work, { recursive: true, force: true })
})

/** Runs the action with `inputs` and expects it to succeed (its log explains a failure). */
async function runOk(inputs: Record<string, string>): Promise<ActionRun> {
  const run = await runAction({ inputs })
  expect(run.errors, run.stdout).toEqual([])
  expect(run.exitCode).toBe(0)
  return run
}

/** The index at the fallback tag of `digest`, exactly as stored. */
async function fallbackIndex(registry: TestRegistry, repository: string, digest: string) {
  const raw = await skopeoInspectRaw(`${registry.host}/${repository}:${fallbackTag(digest)}`)
  return { raw: raw.toString('utf8'), index: JSON.parse(raw.toString('utf8')) as Index }
}

interface Index {
  mediaType: string
  manifests: {
    mediaType: string
    digest: string
    size: number
    artifactType?: string
    annotations?: Record<string, string>
  }[]
}

async function requestsTo(registry: TestRegistry): Promise<number> {
  return (await registry.flushAccessLog()).length
}

describe('signing in the step', () => {
  it('signs before upload, attaches the signature in both registries, and leaves the pack digest as it was', async () => {
    const unsigned = await runOk({
      path: examplePack,
      destination: 'oci-layout://' + work + '/l',
      push: 'false'
    })
    const destinations = [`oci://${one.host}/team/hello`, `oci://${two.host}/mirror/hello`]
    const inputs = {
      path: examplePack,
      destination: destinations.join('\n'),
      'plain-http': 'true',
      'signing-key': keys.secretKey
    }
    const run = await runOk(inputs)
    const digest = unsigned.outputs.digest!
    expect(JSON.parse(run.outputs.metadata!).map((m: { digest: string }) => m.digest)).toEqual([
      digest,
      digest
    ])
    const signatures = JSON.parse(run.outputs['signature-digests']!) as Record<string, string>
    expect(Object.keys(signatures)).toEqual([`${one.host}/team/hello`, `${two.host}/mirror/hello`])
    const keyId = keys.keyId
    for (const [registry, repository] of [
      [one, 'team/hello'],
      [two, 'mirror/hello']
    ] as const) {
      const signatureDigest = signatures[`${registry.host}/${repository}`]!
      const { index } = await fallbackIndex(registry, repository, digest)
      expect(index.manifests).toHaveLength(1)
      const [entry] = index.manifests
      expect(entry).toMatchObject({ digest: signatureDigest, artifactType: SIGNATURE_TYPE })
      expect(entry!.annotations).toEqual({
        'org.opencontainers.image.created': '2026-01-01T00:00:00+00:00',
        'dev.sherpack.signature.key-id': keyId,
        'dev.sherpack.signature.signed-digest': JSON.parse(run.outputs.metadata!)[0][
          'archive-digest'
        ]
      })
      const referrer = JSON.parse(
        (await skopeoInspectRaw(`${registry.host}/${repository}@${signatureDigest}`)).toString()
      )
      expect(referrer.subject.digest).toBe(digest)
      // The signature blob is a .minisig that minisign itself accepts over the pushed archive.
      const minisig = await fetchBlob(registry, repository, referrer.layers[0].digest)
      const archive = path.join(work, `hello-${registry.host.split(':')[1]}.tar.gz`)
      const layer = JSON.parse(
        (await skopeoInspectRaw(`${registry.host}/${repository}@${digest}`)).toString()
      ).layers[0].digest as string
      await writeFile(archive, await fetchBlob(registry, repository, layer))
      await writeFile(`${archive}.minisig`, minisig)
      const verified = await minisignVerify(archive, keys.publicKeyFile)
      expect(verified.code).toBe(0)
      expect(verified.stdout.toString()).toMatch(
        /Trusted comment: sherpack:hello-pack v\S+ digest:[0-9a-f]{16}/
      )
    }
    expect(run.stdout).toContain(`Signed hello-pack-`)
  })

  it('a re-run adds nothing to the index; the summary shows the signature and the verify command', async () => {
    const inputs = {
      path: examplePack,
      destination: `oci://${one.host}/rerun/hello`,
      'plain-http': 'true',
      'signing-key': keys.secretKey
    }
    const first = await runOk(inputs)
    const digest = first.outputs.digest!
    const before = await fallbackIndex(one, 'rerun/hello', digest)
    await one.flushAccessLog()
    one.clearAccessLog()
    const again = await runOk(inputs)
    expect(again.outputs['signature-digests']).toBe(first.outputs['signature-digests'])
    const writes = (await one.flushAccessLog()).filter(
      (e) => e.method === 'PUT' && e.path.includes('/manifests/sha256-')
    )
    expect(writes).toEqual([])
    expect((await fallbackIndex(one, 'rerun/hello', digest)).raw).toBe(before.raw)
    const signature = JSON.parse(again.outputs['signature-digests']!)[`${one.host}/rerun/hello`]
    expect(again.summary).toContain(signature)
    expect(again.summary).toContain(
      `sherpack-push pull oci://${one.host}/rerun/hello@${digest} --verify --key sherpack.pub`
    )
  })

  it('keeps an attestation another tool attached first, byte for byte, and lists ours after it', async () => {
    const planned = await runOk({
      path: examplePack,
      destination: 'oci-layout://' + work + '/a',
      push: 'false'
    })
    const subject = planned.outputs.digest!
    // What actions/attest writes (a sigstore bundle referrer), indexed as ggcr/Go encodes it.
    const client = new RegistryClient({ host: two.host, plainHttp: true })
    try {
      const attestation = await uploadReferrer(client, 'attested/hello', {
        artifactType: BUNDLE_TYPE,
        payload: Buffer.from(`{"x":"${randomBytes(8).toString('hex')}"}`),
        subject,
        annotations: { 'dev.sigstore.bundle.predicateType': 'https://slsa.dev/provenance/v1' }
      })
      const referrers = client.referrers('attested/hello')
      await referrers.writeManifest(attestation.digest, attestation)
      const foreign = `{"mediaType":"${MediaType.manifest}","size":${attestation.bytes.length},"digest":"${attestation.digest}","artifactType":"${BUNDLE_TYPE}","annotations":{"dev.sigstore.bundle.predicateType":"https://slsa.dev/provenance/v1?x=1\\u0026y=2"}}`
      const text = `{"schemaVersion":2,"mediaType":"${MediaType.index}","manifests":[${foreign}]}`
      await referrers.writeManifest(fallbackTag(subject), {
        mediaType: MediaType.index,
        digest: '',
        bytes: Buffer.from(text)
      })
    } finally {
      client.close()
    }
    const run = await runOk({
      path: examplePack,
      destination: `oci://${two.host}/attested/hello`,
      'plain-http': 'true',
      'signing-key': keys.secretKey
    })
    expect(run.outputs.digest).toBe(subject)
    const { raw, index } = await fallbackIndex(two, 'attested/hello', subject)
    expect(raw.includes(`"manifests":[{"mediaType":"${MediaType.manifest}","size":`)).toBe(true)
    expect(raw).toContain('https://slsa.dev/provenance/v1?x=1\\u0026y=2"}},')
    expect(index.manifests.map((m) => m.artifactType)).toEqual([BUNDLE_TYPE, SIGNATURE_TYPE])
  })

  it('refuses a tag sha256-<hex> that holds something other than an index, and leaves it alone', async () => {
    const planned = await runOk({
      path: examplePack,
      destination: `oci://${one.host}/squat/hello`,
      'plain-http': 'true'
    })
    const digest = planned.outputs.digest!
    const packManifest = await skopeoInspectRaw(`${one.host}/squat/hello@${digest}`)
    const client = new RegistryClient({ host: one.host, plainHttp: true })
    try {
      // The pack manifest itself under the fallback tag: an image manifest, not an index.
      await client.referrers('squat/hello').writeManifest(fallbackTag(digest), {
        mediaType: MediaType.manifest,
        digest,
        bytes: packManifest
      })
    } finally {
      client.close()
    }
    const run = await runAction({
      inputs: {
        path: examplePack,
        destination: `oci://${one.host}/squat/hello`,
        'plain-http': 'true',
        'signing-key': keys.secretKey
      }
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toContain(
      `The tag ${fallbackTag(digest)} holds a ${MediaType.manifest}, not the image index of referrers`
    )
    expect(await skopeoInspectRaw(`${one.host}/squat/hello:${fallbackTag(digest)}`)).toEqual(
      packManifest
    )
  })
})

describe('a prebuilt archive signed beside it', () => {
  it('pushes <archive>.minisig as it is, and verifies it first against public-key', async () => {
    const layout = await runOk({
      path: examplePack,
      destination: `oci://${one.host}/src/hello`,
      'plain-http': 'true'
    })
    const archive = path.join(work, 'prebuilt', path.basename(layout.outputs.archive!))
    await cp(layout.outputs.archive!, archive)
    const minisig = await minisignSign(
      archive,
      keys,
      'sherpack:hello-pack v0.1.0 digest:0000000000000000'
    )
    const run = await runOk({
      path: archive,
      destination: `oci://${one.host}/prebuilt/hello`,
      'plain-http': 'true',
      'public-key': keys.publicKey
    })
    const signatureDigest = JSON.parse(run.outputs['signature-digests']!)[
      `${one.host}/prebuilt/hello`
    ]
    const referrer = JSON.parse(
      (await skopeoInspectRaw(`${one.host}/prebuilt/hello@${signatureDigest}`)).toString()
    )
    expect(await fetchBlob(one, 'prebuilt/hello', referrer.layers[0].digest)).toEqual(
      Buffer.from(minisig)
    )

    await one.flushAccessLog()
    one.clearAccessLog()
    const refused = await runAction({
      inputs: {
        path: archive,
        destination: `oci://${one.host}/prebuilt-other/hello`,
        'plain-http': 'true',
        'public-key': other.publicKeyLine
      }
    })
    expect(refused.exitCode).toBe(1)
    expect(refused.errors.join('\n')).toMatch(
      /\.minisig does not verify with the trusted public keys .*not a trusted key/
    )
    expect(await requestsTo(one)).toBe(0)
  })

  it('public-key with nothing to check warns, and the pack goes unsigned', async () => {
    const run = await runOk({
      path: examplePack,
      destination: `oci://${one.host}/unsigned/hello`,
      'plain-http': 'true',
      'public-key': keys.publicKeyLine
    })
    expect(run.stdout).toMatch(
      /^::warning.*Public keys were given, but hello-pack-\S+ has no signature to check/m
    )
    expect(run.outputs['signature-digests']).toBe('{}')
  })

  it('a .minisig beside the archive that is not a signature fails before any request', async () => {
    const dir = path.join(work, 'broken')
    const built = await runOk({
      path: examplePack,
      destination: 'oci-layout://' + dir + '/l',
      push: 'true'
    })
    const archive = path.join(dir, path.basename(built.outputs.archive!))
    await cp(built.outputs.archive!, archive)
    await writeFile(`${archive}.minisig`, 'untrusted comment: nothing\nnot base64\n')
    await one.flushAccessLog()
    one.clearAccessLog()
    const run = await runAction({
      inputs: { path: archive, destination: `oci://${one.host}/broken/hello`, 'plain-http': 'true' }
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toContain(
      '.minisig, beside the archive, is not a minisign signature'
    )
    expect(await requestsTo(one)).toBe(0)
  })
})

describe('bad keys and passwords: one clear error naming the input, no request to the registry', () => {
  async function refused(inputs: Record<string, string>): Promise<ActionRun> {
    await one.flushAccessLog()
    one.clearAccessLog()
    const run = await runAction({
      inputs: {
        path: examplePack,
        destination: `oci://${one.host}/bad/hello`,
        'plain-http': 'true',
        ...inputs
      }
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.stdout).not.toMatch(/\n\s+at /)
    expect(await requestsTo(one)).toBe(0)
    return run
  }

  it('a public key, or text that is no key, given as signing-key', async () => {
    for (const value of [keys.publicKey, 'hunter2']) {
      const run = await refused({ 'signing-key': value })
      expect(run.errors[0]).toMatch(/^The input signing-key is not a minisign secret key/)
    }
  })

  it('a damaged key', async () => {
    const [comment, line] = keys.secretKey.split('\n')
    const bytes = Buffer.from(line!, 'base64')
    bytes[80] = bytes[80]! ^ 1
    const run = await refused({ 'signing-key': `${comment}\n${bytes.toString('base64')}\n` })
    expect(run.errors[0]).toMatch(/^The input signing-key is damaged/)
  })

  it('a password-protected key without its password, or with a wrong one; never printed', async () => {
    const protectedKeys = await protectedKeyPair()
    const missing = await refused({ 'signing-key': protectedKeys.secretKey })
    expect(missing.errors[0]).toContain(
      'The input signing-key is protected by a password, and none was given'
    )
    const wrong = await refused({
      'signing-key': protectedKeys.secretKey,
      'signing-key-password': 'not the password'
    })
    expect(wrong.errors[0]).toContain(
      'The password in the input signing-key-password does not open the input signing-key'
    )
    expect(wrong.stdout).toContain('::add-mask::not the password')
    const keyLine = protectedKeys.secretKey.split('\n')[1]!
    expect(wrong.stdout).toContain(`::add-mask::${keyLine}`)
    expect(unmasked(wrong)).not.toContain('not the password')
    expect(unmasked(wrong)).not.toContain(keyLine)
  }, 120_000)
})
