#!/usr/bin/env node
// The `lectern` command. The TypeScript is compiled ahead into lib/ by `npm install`.
import { main } from '../lib/node/cli/cli.js';

process.exitCode = await main(process.argv.slice(2));
