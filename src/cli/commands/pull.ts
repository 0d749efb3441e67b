// `sherpack-push pull <oci://host/repo:tag|@sha256:…|oci-layout://DIR:tag> [-o DIR] [--untar]`:
// the core's pull, which checks everything before anything appears under its own name; this
// prints where the pack went (or, with --json, what was pulled).
import { pull } from '../../core/pull.js'
import { displayPath, readRequestOf, type CommandRun } from '../run-context.js'
import { publicKeysGiven } from '../signing.js'

export async function pullCommand(run: CommandRun): Promise<void> {
  const { request, deps } = await readRequestOf(run)
  const untar = run.options.untar
  const verifyWith = run.options.verify ? await publicKeysGiven(run) : undefined
  const pulled = await pull(
    { ...request, outDir: run.options.output ?? '.', untar, ...(verifyWith ? { verifyWith } : {}) },
    deps
  )
  if (run.options.json) {
    run.terminal.json({
      reference: pulled.reference,
      digest: pulled.digest,
      mediaType: pulled.mediaType,
      layer: pulled.layer,
      packName: pulled.name,
      packVersion: pulled.version,
      ...(pulled.signature
        ? {
            signature: {
              digest: pulled.signature.digest,
              keyId: pulled.signature.keyId,
              trustedComment: pulled.signature.trustedComment
            }
          }
        : {}),
      [untar ? 'directory' : 'archive']: pulled.written
    })
    return
  }
  run.terminal.result(displayPath(run, pulled.written))
}
