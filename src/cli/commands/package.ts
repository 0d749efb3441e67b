// `sherpack-push package <dir> [-o DIR]`: the core's packageDirectory, the archive
// `sherpack package` makes, reproducibly; prints the archive's path and digest.
import { gitCommitTime } from '../../core/git.js'
import { packageDirectory } from '../../core/package.js'
import { displayPath, type CommandRun } from '../run-context.js'

export async function packageCommand(run: CommandRun): Promise<void> {
  const { io, terminal, options } = run
  const pack = await packageDirectory(
    {
      path: run.positionals[0] as string,
      baseDir: io.cwd,
      outDir: options.output ?? '.',
      sourceDateEpoch: io.env.SOURCE_DATE_EPOCH
    },
    { onEvent: (event) => terminal.event(event), commitTime: gitCommitTime }
  )
  terminal.result(`${displayPath(run, pack.archivePath)} ${pack.archiveDigest}`)
}
