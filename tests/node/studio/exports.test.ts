// The home page's exports against the command line's for the same speech: the PDFs have the
// same pages and text, the PPTX the same slides and notes, the single file the same page and
// the .zip the same files as `lectern build`'s folder. Each export streams its progress and
// is downloaded with its Chinese name.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../../src/node/studio/exports.js';
import { describeBrowser } from '../../helpers/browser.js';
import { BIN, ROOT, tempDir } from '../../helpers/paths.js';
import { json, startStudio, type StudioServer } from './studio-server.js';

const NAME = '参考发言';
const tool = (program: string, ...args: string[]) => execFileSync(program, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
const pdfPages = (file: string) => Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', file))![1]);
const pdfText = (file: string) => tool('pdftotext', file, '-').replace(/\s/g, '');
/** Parts of a .pptx and the text runs of each slide and notes part. */
function pptxContent(file: string): { parts: string[]; text: Record<string, string> } {
  const parts = tool('unzip', '-Z1', file).split('\n').filter(Boolean).sort();
  const text: Record<string, string> = {};
  for (const part of parts.filter((p) => /^ppt\/(slides|notesSlides)\/\w+\.xml$/.test(p))) {
    text[part] = [...tool('unzip', '-p', file, part).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('');
  }
  return { parts, text };
}

interface Done {
  events: { type: string; message: string; url?: string; file?: string }[];
}

describe('home page exports', () => {
  let studio: StudioServer;
  const cli = tempDir('lectern-cli-out-');

  beforeAll(async () => {
    studio = await startStudio();
    const speech = join(studio.dir, `${NAME}.txt`);
    execFileSync(process.execPath, [BIN, 'build', speech, '--out', cli], { cwd: ROOT, stdio: 'ignore' });
    execFileSync(process.execPath, [BIN, 'pptx', speech, '--out', cli], { cwd: ROOT, stdio: 'ignore' });
  }, 120_000);
  afterAll(() => studio?.close());

  /** Starts an export and reads its event stream to the end. */
  async function exportDeck(kind: string): Promise<Done & { file: string; download: Response }> {
    const started = (await (await studio.api(`/decks/${encodeURIComponent(NAME)}/exports`, json({ kind }))).json()) as { events: string };
    const stream = await fetch(`${studio.base}${started.events}?token=${studio.token}`);
    expect(stream.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const events = (await stream.text())
      .split('\n\n')
      .filter(Boolean)
      .map((block) => JSON.parse(block.split('\n').find((l) => l.startsWith('data: '))!.slice(6)));
    const last = events[events.length - 1];
    expect(last.type, last.message).toBe('done');
    const download = await fetch(`${studio.base}${last.url}`, { headers: { 'X-Lectern-Token': studio.token } });
    return { events, file: last.file, download };
  }

  it('writes the PPTX with the same slides and notes as `lectern pptx`, and offers it for download', async () => {
    const { events, file, download } = await exportDeck('pptx');
    expect(events[0]).toEqual({ type: 'step', message: `正在准备导出「${NAME}」的PPTX…` });
    expect(events.map((e) => e.message)).toContain(`正在生成「${NAME}」的 PowerPoint…`);
    expect(file).toBe(join(studio.out, `${NAME}.pptx`));
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="____.pptx"; filename*=UTF-8''${encodeURIComponent(NAME)}.pptx`);
    expect(Buffer.from(await download.arrayBuffer()).equals(readFileSync(file))).toBe(true);
    const ours = pptxContent(file);
    const theirs = pptxContent(join(cli, `${NAME}.pptx`));
    expect(ours).toEqual(theirs);
    expect(ours.parts.filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p)).length).toBe(23);
  }, 60_000);

  it('writes the single HTML file as `lectern build` does', async () => {
    const { file } = await exportDeck('html');
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(join(cli, `${NAME}.html`), 'utf8'));
  }, 60_000);

  it('zips the same files as the folder `lectern build` writes', async () => {
    const { file, download } = await exportDeck('zip');
    expect(download.headers.get('content-type')).toBe('application/zip');
    const zip = await JSZip.loadAsync(readFileSync(file));
    const entries = Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name).sort();
    const folder = await filesUnder(join(cli, NAME));
    expect(entries).toEqual(folder.map((f) => `${NAME}/${f}`));
    expect(folder).toContain('index.html');
    expect(await zip.file(`${NAME}/index.html`)!.async('string')).toBe(readFileSync(join(cli, NAME, 'index.html'), 'utf8'));
  }, 60_000);
});

describeBrowser('home page PDF exports', () => {
  let studio: StudioServer;
  const cli = tempDir('lectern-cli-pdf-');

  beforeAll(async () => {
    studio = await startStudio();
    execFileSync(process.execPath, [BIN, 'pdf', join(studio.dir, `${NAME}.txt`), '--notes', '--handout', '--out', cli], { cwd: ROOT, stdio: 'ignore' });
  }, 180_000);
  afterAll(() => studio?.close());

  it.each([
    ['pdf', `${NAME}.pdf`],
    ['notes-pdf', `${NAME}-notes.pdf`],
    ['handout', `${NAME}-handout.pdf`],
  ])('%s has the same pages and text as `lectern pdf --notes --handout`', async (kind, name) => {
    const started = (await (await studio.api(`/decks/${encodeURIComponent(NAME)}/exports`, json({ kind }))).json()) as { events: string };
    const text = await (await fetch(`${studio.base}${started.events}?token=${studio.token}`)).text();
    expect(text).toContain('event: done');
    const file = join(studio.out, name);
    expect(pdfPages(file)).toBe(pdfPages(join(cli, name)));
    expect(pdfText(file)).toBe(pdfText(join(cli, name)));
    expect(pdfPages(file)).toBeGreaterThanOrEqual(23);
  }, 120_000);
});
