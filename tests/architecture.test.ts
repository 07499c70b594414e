// The folder is the architecture: the pure core imports nothing of Node, of the IO edges or of the
// browser; an export subsystem (PDF, PPTX) does not reach into another. Read from the sources'
// own import lines, so a new file is held to the same rules without a list to keep up.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/paths.js';

const SRC = join(ROOT, 'src');
const IMPORT = /(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? sources(path) : /\.ts$/.test(e.name) ? [path] : [];
  });
}

/** Every import of a source file: the specifier, and for a relative one the file it names (from src/). */
function importsOf(file: string): { spec: string; target?: string }[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => {
    const spec = m[1] ?? m[2];
    return { spec, target: spec.startsWith('.') ? relative(SRC, resolve(dirname(file), spec)) : undefined };
  });
}

const breaches = (files: string[], bad: (i: { spec: string; target?: string }) => boolean) =>
  files.flatMap((f) => importsOf(f).filter(bad).map((i) => `${relative(SRC, f)} → ${i.spec}`));

describe('import boundaries', () => {
  it('keeps src/core pure: no node:*, no src/node, no src/client', () => {
    const core = sources(join(SRC, 'core'));
    expect(core.length).toBeGreaterThan(30);
    expect(breaches(core, (i) => i.spec.startsWith('node:') || /^(node|client)\//.test(i.target ?? ''))).toEqual([]);
  });

  it('keeps each export subsystem to itself: PDF and PPTX do not import each other', () => {
    const exportDir = join(SRC, 'node', 'export');
    const kinds = readdirSync(exportDir);
    expect(kinds.sort()).toEqual(['pdf', 'pptx']);
    for (const kind of kinds) {
      const files = sources(join(exportDir, kind));
      const others = kinds.filter((k) => k !== kind);
      expect(breaches(files, (i) => others.some((o) => (i.target ?? '').startsWith(`node/export/${o}/`)))).toEqual([]);
    }
  });

  it('finds the breaches it is there to find', () => {
    // The reader itself: a made-up core file importing Node and the edge is caught.
    const text = "import { readFile } from 'node:fs';\nimport { x } from '../node/build/build.js';\n";
    expect([...text.matchAll(IMPORT)].map((m) => m[1])).toEqual(['node:fs', '../node/build/build.js']);
  });
});
