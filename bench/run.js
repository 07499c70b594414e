// `npm run bench`: measures Lectern against the targets of issue 7, prints a table and writes
// bench/results.json. `node bench/run.js compile build` runs only the named parts.
// Measures the compiled lib/ and lib/client (run `node scripts/prepare.js` after changing src/).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { benchBuild } from './build.js';
import { benchCompile } from './compile.js';
import { benchDevStart } from './dev-start.js';
import { benchEdit } from './edit.js';
import { benchEditor } from './editor.js';
import { benchHome } from './home.js';
import { benchPdf } from './pdf.js';
import { benchShare } from './share.js';
import { ROOT, cleanup } from './lib/env.js';
import { rows, table } from './lib/report.js';

const PARTS = {
  compile: async (r, log) => (r.compile = await benchCompile(log)),
  build: async (r, log) => Object.assign(r, await benchBuild(log)),
  edit: async (r, log) => (r.edit = await benchEdit(log)),
  pdf: async (r, log) => (r.pdf = await benchPdf(log)),
  dev: async (r, log) => (r.devStart = await benchDevStart(log)),
  editor: async (r, log) => (r.editor = await benchEditor(log)),
  share: async (r, log) => (r.share = await benchShare(log)),
  home: async (r, log) => (r.home = await benchHome(log)),
};

function machine() {
  const cpus = os.cpus();
  let chromium = null;
  try {
    chromium = execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // No browser here: the PDF part will say so.
  }
  const version = (pkg) => JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model,
    memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
    vite: version('vite'),
    chromium,
    // Other work on the machine moves every figure: the load average says how quiet it was.
    loadAverageAtStart: os.loadavg().map((l) => +l.toFixed(2)),
  };
}

async function main() {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((a) => !(a in PARTS));
  if (unknown.length) {
    console.error(`unknown part(s): ${unknown.join(', ')}; choose from ${Object.keys(PARTS).join(', ')}`);
    return 2;
  }
  if (!existsSync(join(ROOT, 'lib', 'node', 'cli', 'cli.js')) || !existsSync(join(ROOT, 'lib', 'client', 'lectern.js'))) {
    console.error('lib/ is missing: run `node scripts/prepare.js` (or npm install) first.');
    return 1;
  }
  const results = { date: new Date().toISOString(), machine: machine() };
  const log = (line) => console.log(`  ${line}`);
  let failed = 0;
  for (const name of asked.length ? asked : Object.keys(PARTS)) {
    console.log(`${name}…`);
    try {
      await PARTS[name](results, log);
    } catch (error) {
      failed++;
      results[`${name}Error`] = String(error?.stack ?? error);
      console.error(`  ${name} failed: ${error?.message ?? error}`);
    }
  }
  results.machine.loadAverageAtEnd = os.loadavg().map((l) => +l.toFixed(2));
  const list = rows(results);
  results.targets = list;
  writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
  const m = results.machine;
  console.log(`\n${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}, load ${m.loadAverageAtStart.join(' ')}\n`);
  console.log(table(list));
  console.log('\nwritten: bench/results.json');
  return failed ? 1 : 0;
}

try {
  process.exitCode = await main();
} finally {
  cleanup();
}
