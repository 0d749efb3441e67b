// What the log says matches what happened: how the registry let us in (with the credentials,
// or without any because it asked for none), and a refused connection's hint only where it
// can be the cause. Against the real registry, anonymous and with htpasswd.
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RegistryClient } from '../../src/oci/client.js'
import { MediaType, bufferBlob, buildImageManifest } from '../../src/oci/descriptor.js'
import { Transport } from '../../src/oci/transport.js'
import type { Credential } from '../../src/oci/types.js'
import { freePort } from '../support/free-port.js'
import { recordingLogger } from '../support/recording-logger.js'
import { startRegistry, type TestRegistry } from '../support/registry.js'

const ALICE: Credential = {
  source: 'inputs username/password',
  username: 'alice',
  password: 'alice-secret-pw'
}

/** Pushes one small artifact and returns the info lines about access. */
async function accessLines(
  registry: TestRegistry,
  credential: Credential | undefined
): Promise<string[]> {
  const logger = recordingLogger()
  const client = new RegistryClient({ host: registry.host, plainHttp: true, credential, logger })
  const config = bufferBlob(MediaType.packConfig, randomBytes(32))
  const layer = bufferBlob(MediaType.packLayer, randomBytes(300))
  const manifest = buildImageManifest(config.descriptor, [layer.descriptor])
  try {
    await client.push({
      repository: 'words/pack',
      blobs: [config, layer],
      manifest,
      tags: ['1.0.0'],
      overwrite: true
    })
  } finally {
    client.close()
  }
  return logger.lines.filter((line) => /credentials|Authenticated/.test(line))
}

describe('how the registry let us in', () => {
  let anonymous: TestRegistry
  let htpasswd: TestRegistry
  beforeAll(async () => {
    ;[anonymous, htpasswd] = await Promise.all([
      startRegistry({ auth: 'anonymous' }),
      startRegistry({ auth: 'htpasswd' })
    ])
  })
  afterAll(async () => {
    await Promise.all([anonymous?.stop(), htpasswd?.stop()])
  })

  it('a registry that asks for nothing, and none were found: no credentials were needed', async () => {
    expect(await accessLines(anonymous, undefined)).toEqual([
      `info ${anonymous.host} needed no credentials`
    ])
  })

  it('a registry that asks for nothing, with credentials at hand: they were not sent', async () => {
    expect(await accessLines(anonymous, ALICE)).toEqual([
      `info ${anonymous.host} needed no credentials (those from inputs username/password were not sent)`
    ])
  })

  it('a registry that asks for a login: authenticated, naming where the credentials came from', async () => {
    expect(await accessLines(htpasswd, ALICE)).toEqual([
      `info Authenticated to ${htpasswd.host} as inputs username/password`
    ])
  })
})

describe('a refused connection', () => {
  async function refusal(protocol: 'http' | 'https'): Promise<string> {
    const port = await freePort()
    const transport = new Transport({
      logger: recordingLogger(),
      deadline: Date.now() + 5_000,
      idleTimeoutMs: 1_000,
      retry: { retries: 0 }
    })
    try {
      const sent = transport.send({
        method: 'GET',
        url: new URL(`${protocol}://127.0.0.1:${port}/v2/`)
      })
      return String(await sent.catch((error: unknown) => error))
    } finally {
      transport.close()
    }
  }

  it('over https, suggests that a local registry may serve plain HTTP', async () => {
    expect(await refusal('https')).toMatch(
      /ECONNREFUSED; nothing listens there: check the host and port \(a local registry may serve plain HTTP\)/
    )
  })

  it('with plain HTTP already on, does not', async () => {
    const message = await refusal('http')
    expect(message).toMatch(/ECONNREFUSED; nothing listens there: check the host and port/)
    expect(message).not.toMatch(/plain HTTP/)
  })
})
