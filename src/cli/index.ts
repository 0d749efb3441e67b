// The `sherpack-push` executable (dist/cli.js, built with a `#!/usr/bin/env node` banner).
import { processIo } from './io.js'
import { main } from './main.js'

process.exitCode = await main(process.argv.slice(2), processIo())
