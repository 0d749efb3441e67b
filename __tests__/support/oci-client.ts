// Registry clients and push requests for the OCI tests. testClients() gives a factory whose
// clients are closed after each test (it registers its own afterEach); pushRequest() a small
// artifact of random content (one config, one layer), so each push is new to the registry.
import { randomBytes } from 'node:crypto'
import { afterEach } from 'vitest'
import {
  RegistryClient,
  type PushRequest,
  type RegistryClientOptions
} from '../../src/oci/client.js'
import { MediaType, bufferBlob, buildImageManifest } from '../../src/oci/descriptor.js'

export type ClientOptions = Partial<RegistryClientOptions> & { host: string }

/**
 * A factory of registry clients, each closed after the test that made it. `defaults` apply to
 * every client (plain http and quick retries unless they say otherwise).
 */
export function testClients(
  defaults: Partial<RegistryClientOptions> = {}
): (options: ClientOptions) => RegistryClient {
  const clients: RegistryClient[] = []
  afterEach(() => {
    for (const client of clients.splice(0)) client.close()
  })
  return (options) => {
    const client = new RegistryClient({
      plainHttp: true,
      retry: { baseDelayMs: 10 },
      ...defaults,
      ...options
    })
    clients.push(client)
    return client
  }
}

/** A push of a fresh config and layer (`layerBytes` random bytes) under `tags`. */
export function pushRequest(
  repository: string,
  tags: string[] = ['1.0.0'],
  more: Partial<PushRequest> & { layerBytes?: number } = {}
): PushRequest {
  const { layerBytes = 700, ...rest } = more
  const config = bufferBlob(MediaType.packConfig, randomBytes(64))
  const layer = bufferBlob(MediaType.packLayer, randomBytes(layerBytes))
  const manifest = buildImageManifest(config.descriptor, [layer.descriptor])
  return { repository, blobs: [config, layer], manifest, tags, overwrite: true, ...rest }
}
