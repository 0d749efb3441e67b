// `sherpack-push package <dir> [-o DIR]`: the archive `sherpack package` makes, reproducibly,
// with the same created-time rule as a push (SOURCE_DATE_EPOCH, else the commit time).
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { resolveCreatedTime } from '../../core/created.js'
import { gitCommitTime } from '../../core/git.js'
import { UserError } from '../../errors.js'
import { packagePack } from '../../pack/index.js'
import { displayPath, type CommandRun } from '../run-context.js'

export async function packageCommand(run: CommandRun): Promise<void> {
  const { io, terminal, options } = run
  const dir = path.resolve(io.cwd, run.positionals[0] as string)
  await requireDirectory(dir, run.positionals[0] as string)
  const created = await resolveCreatedTime(dir, io.env.SOURCE_DATE_EPOCH, gitCommitTime)
  if (created.warning) terminal.warning(created.warning)
  const outDir = path.resolve(io.cwd, options.output ?? '.')
  const pack = await packagePack({ path: dir, outDir, created: created.date })
  for (const warning of pack.warnings) {
    const where = warning.file ? ` (${warning.file}${warning.line ? `:${warning.line}` : ''})` : ''
    terminal.warning(`${warning.message}${where}`)
  }
  terminal.info(
    `Packaged ${pack.metadata.name} ${pack.metadata.version}: ${pack.archiveSize} bytes, created ${pack.created} (${created.source})`
  )
  terminal.result(`${displayPath(run, pack.archivePath)} ${pack.archiveDigest}`)
}

async function requireDirectory(dir: string, given: string): Promise<void> {
  const stats = await stat(dir).catch(() => undefined)
  if (stats?.isDirectory()) return
  if (stats?.isFile() && /\.(tar\.gz|tgz)$/i.test(dir)) {
    throw new UserError(`'${given}' is an archive already`, {
      option: 'path',
      fix:
        'package takes a pack directory; push it as it is with `sherpack-push push ' +
        given +
        ' oci://…`'
    })
  }
  throw new UserError(stats ? `'${given}' is not a directory` : `'${given}' does not exist`, {
    option: 'path',
    fix: 'give the pack directory, the one holding Pack.yaml'
  })
}
