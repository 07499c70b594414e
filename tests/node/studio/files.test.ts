// Speeches added, renamed, deleted and restored from the home page, and the sidecar written by
// its 设置 panel, all through the dev server's API.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/paths.js';
import { json, startStudio, type StudioServer } from './studio-server.js';

const ENCODING = join(ROOT, 'tests', 'fixtures-encoding');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const OTHER = '另一篇讲话\n同志们：\n今天讲两点。\n一、抓学习\n要读书。\n二、抓落实\n要实干。\n';

interface Card {
  name: string;
  title?: string;
  hasSidecar: boolean;
}

describe('studio files', () => {
  let studio: StudioServer;
  const upload = (name: string, body: Uint8Array | string) => studio.api(`/uploads?name=${encodeURIComponent(name)}`, { method: 'POST', body: body as BodyInit });
  const names = async () => ((await (await studio.api('/decks')).json()) as { decks: Card[] }).decks.map((d) => d.name);
  const error = async (res: Response) => ((await res.json()) as { message: string }).message;

  beforeAll(async () => {
    studio = await startStudio({ reference: false });
  });
  afterAll(() => studio?.close());

  it('adds a GBK .txt and a .docx, keeps their bytes, and refuses a picture with a message naming it', async () => {
    const gbk = readFileSync(join(ENCODING, 'speech.gbk.txt'));
    const added = await upload('读书班讲话.txt', gbk);
    expect(added.status).toBe(200);
    expect(await added.json()).toEqual({ file: '读书班讲话.txt', name: '读书班讲话', message: '已添加「读书班讲话.txt」。' });
    expect(readFileSync(join(studio.dir, '读书班讲话.txt')).equals(gbk)).toBe(true);
    expect((await upload('结业式.docx', readFileSync(join(ENCODING, 'speech.docx')))).status).toBe(200);

    const picture = await upload('合影.png', PNG);
    expect(picture.status).toBe(415);
    expect(await error(picture)).toBe('「合影.png」是图片，读不出其中的讲话稿文字：请把讲话稿的文字复制到 .txt（UTF-8）或 Word（.docx）文件中再试。');
    expect(readdirSync(studio.dir).sort()).toEqual(['结业式.docx', '读书班讲话.txt']);

    const cards = ((await (await studio.api('/decks')).json()) as { decks: Card[] }).decks;
    const card = await (await studio.api(`/decks/${encodeURIComponent('读书班讲话')}`)).json();
    expect(cards.map((c) => c.name)).toEqual(['结业式', '读书班讲话']);
    expect(card).toMatchObject({ name: '读书班讲话', title: '在青年干部读书班结业式上的讲话', format: 'txt', hasSidecar: false });
  });

  it('never overwrites: a name already taken (also by another extension) gets -2', async () => {
    expect(await (await upload('读书班讲话.txt', OTHER)).json()).toMatchObject({ file: '读书班讲话-2.txt', message: '已添加「读书班讲话.txt」（已有同名的讲话稿，保存为「读书班讲话-2.txt」）。' });
    expect(await (await upload('结业式.md', OTHER)).json()).toMatchObject({ file: '结业式-2.md', name: '结业式-2' });
    expect(readFileSync(join(studio.dir, '读书班讲话.txt')).equals(readFileSync(join(ENCODING, 'speech.gbk.txt')))).toBe(true);
  });

  it('gives names sent at the same instant decks of their own (one change to the folder at a time)', async () => {
    const sent = await Promise.all(['赛跑.txt', '赛跑.md', '赛跑.TXT', '赛跑.txt'].map((name) => upload(name, OTHER).then((r) => r.json() as Promise<{ name: string; file: string }>)));
    const decks = sent.map((s) => s.name.normalize('NFC').toLowerCase());
    expect(decks.sort()).toEqual(['赛跑', '赛跑-2', '赛跑-3', '赛跑-4']);
    // The folder as the other tests expect it.
    sent.forEach((s) => rmSync(join(studio.dir, s.file)));
  });

  it('refuses what the CLI refuses, naming the file: empty, binary, a broken .docx, a bad name', async () => {
    expect(await error(await upload('空.txt', ''))).toBe('「空.txt」是空文件：请把讲话稿全文粘贴进去并保存。');
    expect(await error(await upload('照片.txt', PNG))).toContain('「照片.txt」其实是图片');
    expect(await error(await upload('坏.docx', 'not a zip'))).toContain('「坏.docx」无法作为 Word 文档打开');
    expect(await error(await upload('旧.doc', 'x'))).toContain('「旧.doc」是旧版 Word 文档（.doc），无法直接读取');
    expect(await error(await upload('../出去.txt', OTHER))).toContain('「../出去.txt」这个文件名不能用');
    expect(await error(await upload('.隐藏.txt', OTHER))).toContain('这个文件名不能用');
    expect(readdirSync(studio.dir).sort()).toEqual(['结业式-2.md', '结业式.docx', '读书班讲话-2.txt', '读书班讲话.txt']);
  });

  it('saves 设置 into the sidecar, merging with what is there, and deletes an empty one', async () => {
    const put = (body: unknown) => studio.api(`/decks/${encodeURIComponent('结业式-2')}/sidecar`, { ...json(body), method: 'PUT' });
    const sidecar = join(studio.dir, '结业式-2.lectern.yaml');
    const corrections = [{ text: '一、抓学习', role: 'theme', label: '学习' }];
    // Each correction comes back with its line in the file written (two lines of header first).
    expect(await (await put({ corrections })).json()).toEqual({ sidecar: { settings: {}, corrections: [{ ...corrections[0], line: 4 }] }, diagnostics: [] });
    const saved = await (await put({ settings: { theme: 'light', speaker: '张三', rate: 200, unit: '' } })).json();
    expect(saved).toEqual({ sidecar: { settings: { theme: 'light', speaker: '张三', rate: 200 }, corrections: [{ ...corrections[0], line: 8 }] }, diagnostics: [] });
    expect(readFileSync(sidecar, 'utf8')).toContain('theme: light\n');
    expect(readFileSync(sidecar, 'utf8')).toContain('role: 主题\n');
    expect(readdirSync(studio.dir).filter((f) => f.startsWith('.'))).toEqual([]);

    const bad = (await (await put({ settings: { theme: 'blue', rate: 1000 } })).json()) as { sidecar: unknown; diagnostics: { code: string }[] };
    expect(bad.diagnostics.map((d) => d.code)).toEqual(['theme-unknown', 'rate-out-of-range']);
    expect(bad.sidecar).toEqual({ settings: {}, corrections: [{ ...corrections[0], line: 4 }] });

    const source = (await (await studio.api(`/decks/${encodeURIComponent('结业式-2')}/source`)).json()) as Record<string, unknown>;
    expect(source).toMatchObject({ name: '结业式-2', format: 'md', text: OTHER, sidecar: { settings: {}, corrections: [{ ...corrections[0], line: 4 }] }, sidecarDiagnostics: [] });

    // The deck follows its sidecar at once: the dev server's cache knows the sidecar's version.
    const card = async () => (await (await studio.api(`/decks/${encodeURIComponent('结业式-2')}`)).json()) as Card;
    expect((await card()).title).toBe('结业式-2');
    await put({ settings: { title: '改过的标题' } });
    expect((await card()).title).toBe('改过的标题');

    expect((await put({ settings: {}, corrections: [] })).status).toBe(200);
    expect((await card()).title).toBe('结业式-2');
    expect(existsSync(sidecar)).toBe(false);
    expect(await error(await put({ settings: 'theme: light' }))).toBe('设置的格式不对：应是“名称: 值”的一组设置。');
  });

  it('renames a deck with its sidecar, and refuses a name that is taken', async () => {
    writeFileSync(join(studio.dir, '读书班讲话-2.lectern.yaml'), 'settings:\n  speaker: 李四\n');
    const res = await studio.api(`/decks/${encodeURIComponent('读书班讲话-2')}/rename`, json({ to: '抓落实' }));
    expect(await res.json()).toEqual({ name: '抓落实' });
    expect(readdirSync(studio.dir).filter((f) => f.startsWith('抓落实')).sort()).toEqual(['抓落实.lectern.yaml', '抓落实.txt']);
    expect(readFileSync(join(studio.dir, '抓落实.lectern.yaml'), 'utf8')).toContain('李四');
    const taken = await studio.api(`/decks/${encodeURIComponent('抓落实')}/rename`, json({ to: '结业式' }));
    expect(taken.status).toBe(409);
    expect(await error(taken)).toBe('已有名为「结业式」的幻灯片：请换一个名字。');
    expect(await error(await studio.api('/decks/nope/rename', json({ to: 'x' })))).toBe('找不到幻灯片「nope」：它可能已被改名或删除，请刷新页面。');
  });

  it('deletes a deck into the hidden trash and restores it', async () => {
    const res = await studio.api(`/decks/${encodeURIComponent('抓落实')}/delete`, { method: 'POST' });
    const { trash, files } = (await res.json()) as { trash: string; files: string[] };
    expect(files.sort()).toEqual(['抓落实.lectern.yaml', '抓落实.txt']);
    expect(existsSync(join(studio.dir, '抓落实.txt'))).toBe(false);
    expect(readdirSync(join(studio.dir, '.lectern-trash', trash)).sort()).toEqual(['抓落实.lectern.yaml', '抓落实.txt']);
    expect(await names()).toEqual(['结业式-2', '结业式', '读书班讲话']);

    const restored = await studio.api(`/trash/${encodeURIComponent(trash)}/restore`, { method: 'POST' });
    expect(await restored.json()).toMatchObject({ message: '已恢复「抓落实.txt」。' });
    expect(readFileSync(join(studio.dir, '抓落实.lectern.yaml'), 'utf8')).toContain('李四');
    expect(await names()).toEqual(['抓落实', '结业式-2', '结业式', '读书班讲话']);
    expect((await studio.api(`/trash/${encodeURIComponent(trash)}/restore`, { method: 'POST' })).status).toBe(404);
  });

  it('answers unknown paths and methods in Chinese JSON', async () => {
    expect(await error(await studio.api('/nothing'))).toBe('没有这个接口。');
    const wrong = await studio.api('/decks', { method: 'POST' });
    expect([wrong.status, await error(wrong)]).toEqual([405, '不支持这种请求方式。']);
    expect(await error(await studio.api(`/decks/${encodeURIComponent('结业式')}/exports`, json({ kind: 'gif' })))).toContain('不认识的导出类型');
  });
});
