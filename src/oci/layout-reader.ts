// Reading back what a push wrote into an OCI image layout (image-spec image-layout.md): the
// manifest that index.json names by tag (`org.opencontainers.image.ref.name`) or by digest, and
// blobs copied out of blobs/sha256/. Everything read is checked as a registry's answer is: a
// manifest against its digest, a blob against its size and digest, before anything is kept.
import { randomBytes } from 'node:crypto'
import { open, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { messageOf } from '../errors.js'
import { readUserFile } from '../read-user-file.js'
import { SHA256_DIGEST, sha256Digest, type Descriptor, type ManifestBytes } from './descriptor.js'
import { LayoutError, REF_NAME_ANNOTATION, copyHashing, readIndex } from './layout.js'

/** The largest manifest read: the size registries must accept at least (distribution spec). */
const MANIFEST_LIMIT = 4 << 20

export class LayoutReader {
  constructor(readonly dir: string) {}

  /** The manifest a tag or a digest names, its bytes checked against that digest. */
  async getManifest(pin: string): Promise<ManifestBytes> {
    const descriptor = await this.resolve(pin)
    if (descriptor.size > MANIFEST_LIMIT) {
      throw this.error(`the manifest ${descriptor.digest} is ${descriptor.size} bytes, over 4 MiB`)
    }
    const file = this.blobFile(descriptor.digest)
    // A FIFO or a device in its place is refused, not waited on.
    const bytes = await readUserFile(file, MANIFEST_LIMIT).catch((error: unknown) => {
      throw this.error(`its manifest ${descriptor.digest} cannot be read (${messageOf(error)})`)
    })
    const digest = sha256Digest(bytes)
    if (digest !== descriptor.digest || bytes.length !== descriptor.size) {
      throw this.error(
        `the manifest ${descriptor.digest} (${descriptor.size} bytes) holds ${bytes.length} bytes that hash to ${digest}`
      )
    }
    return { bytes, digest, mediaType: descriptor.mediaType }
  }

  /**
   * Copies a blob into `filePath` through a temporary file beside it, renamed only once its size
   * and sha256 match the descriptor; on any failure no file is left. A local copy is quick:
   * no progress is reported.
   */
  async fetchBlob(descriptor: Descriptor, filePath: string): Promise<void> {
    const source = this.blobFile(descriptor.digest)
    const found = await stat(source).catch(() => undefined)
    if (!found?.isFile() || found.size !== descriptor.size) {
      const has = found?.isFile() ? `${found.size} bytes` : 'no such file'
      throw this.error(`blob ${descriptor.digest} should be ${descriptor.size} bytes: ${has}`)
    }
    const temp = path.join(
      path.dirname(filePath),
      `.${path.basename(filePath)}.${randomBytes(6).toString('hex')}.part`
    )
    try {
      const handle = await open(temp, 'wx')
      let copied: { hex: string; size: number }
      try {
        copied = await copyHashing({ descriptor, path: source }, handle)
        await handle.sync()
      } finally {
        await handle.close()
      }
      const digest = `sha256:${copied.hex}`
      if (digest !== descriptor.digest || copied.size !== descriptor.size) {
        throw this.error(
          `blob ${descriptor.digest} (${descriptor.size} bytes) holds ${copied.size} bytes that hash to ${digest}. Nothing was written`
        )
      }
      await rename(temp, filePath)
    } catch (error) {
      await rm(temp, { force: true })
      throw error
    }
  }

  /** The index entry for a digest, or for the one manifest tagged `pin`. */
  private async resolve(pin: string): Promise<Descriptor> {
    const marker = await stat(path.join(this.dir, 'oci-layout')).catch(() => undefined)
    if (!marker?.isFile()) {
      throw new LayoutError(
        `'${this.dir}' is not an OCI image layout (it has no oci-layout file)`,
        {
          fix: 'give the directory a push wrote with oci-layout://DIR'
        }
      )
    }
    const { manifests } = await readIndex(this.dir)
    const isDigest = SHA256_DIGEST.test(pin)
    const found = manifests.filter((entry) =>
      isDigest ? entry.digest === pin : entry.annotations?.[REF_NAME_ANNOTATION] === pin
    )
    const [first] = found
    if (first && typeof first.size === 'number') return first
    const tags = manifests.flatMap((entry) => entry.annotations?.[REF_NAME_ANNOTATION] ?? [])
    throw new LayoutError(
      `The OCI layout '${this.dir}' has no manifest ${isDigest ? pin : `tagged ${pin}`}`,
      { fix: tags.length > 0 ? `its tags: ${tags.join(', ')}` : 'it holds no tagged manifest' }
    )
  }

  private blobFile(digest: string): string {
    const hex = SHA256_DIGEST.exec(digest)?.[1]
    if (!hex) throw this.error(`the digest ${digest} is not sha256:<64 hex>`)
    return path.join(this.dir, 'blobs', 'sha256', hex)
  }

  private error(why: string): LayoutError {
    return new LayoutError(`The OCI layout '${this.dir}' is damaged: ${why}`, {
      fix: 'write it again with the push that made it'
    })
  }
}
