// Runs on `npm install` / `npm ci` (and before `npm test`): compiles the TypeScript of the CLI
// ahead of time (so `node bin/lectern.js` starts without a TS runner) and bundles the browser
// client once into lib/client/ (and the share remote's page script into lib/remote/).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = `${root}node_modules/typescript/bin/tsc`;
if (!existsSync(tsc)) {
  // Installed as a dependency without its dev tools: lib/ must already be there.
  if (existsSync(`${root}lib/node/cli/cli.js`)) process.exit(0);
  console.error('Lectern：缺少 typescript，无法编译。请在项目目录运行 npm install。');
  process.exit(1);
}
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
const { build } = await import('vite');
await build({ root, configFile: `${root}vite.client.config.ts` });
// The share remote's page has a bundle of its own (an IIFE has one entry): lib/remote/.
await build({
  root,
  configFile: `${root}vite.client.config.ts`,
  build: { outDir: 'lib/remote', rollupOptions: { input: 'src/client/remote.ts', output: { entryFileNames: 'lectern-remote.js' } } },
});
