#!/usr/bin/env node
// The `sherpack-push` executable (dist/cli.js; esbuild keeps the line above for it alone).
import { processIo } from './io.js'
import { main } from './main.js'

process.exitCode = await main(process.argv.slice(2), processIo())
