// Runs on `npm install` / `npm ci`: compiles the TypeScript of the CLI ahead of time (so
// `node bin/lectern.js` starts without a TS runner) and bundles the browser client once.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let tsc, vite;
try {
  tsc = require.resolve('typescript/bin/tsc');
  vite = require.resolve('vite/bin/vite.js');
} catch {
  // Installed as a dependency without dev tools: lib/ ships prebuilt.
  if (existsSync('lib/node/cli.js')) process.exit(0);
  throw new Error('Lectern: typescript and vite are needed to build lib/.');
}
const run = (file, args) => execFileSync(process.execPath, [file, ...args], { stdio: 'inherit' });
run(tsc, ['-p', 'tsconfig.build.json']);
run(vite, ['build', '--config', 'vite.client.config.ts']);
