// The `lectern` bin as a user runs it (compiled ahead by `npm install`).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, REFERENCE, REFERENCE_NAME, ROOT, tempDir } from '../../helpers/paths.js';

const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });

describe('lectern CLI', () => {
  it('outline --json prints only the outline: 5 themes with 3,2,3,3,3 points', () => {
    const out = execFileSync(process.execPath, [BIN, 'outline', REFERENCE, '--json'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const outline = JSON.parse(out);
    expect(outline.title).toBe('办公室干部在机关党支部专题研讨交流会上的发言');
    expect(outline.themes.map((t: { points: unknown[] }) => t.points.length)).toEqual([3, 2, 3, 3, 3]);
  });

  it('outline prints a readable tree by default', () => {
    const { stdout, status } = run('outline', REFERENCE);
    expect(status).toBe(0);
    expect(stdout).toContain('标题：办公室干部在机关党支部专题研讨交流会上的发言');
    expect(stdout).toContain('1. 【忠】“忠”字为先筑根基');
  });

  it('outline --why explains, in Chinese, which series made the themes', () => {
    const { stdout, status } = run('outline', REFERENCE, '--why');
    expect(status).toBe(0);
    expect(stdout).toContain('  ✔ 选中  开头点明的几个字（如“忠专实勤清”），5 项（第 4、5、6、7、8 行），得分 90 +25（开头预告了 5 项，正好对上） = 115');
    expect(stdout).toContain('  结果：5 个主题。');
    expect(stdout).toContain('主题 2「“专”字为标练本领。」的要点：');
  });

  it('build writes each deck with its assets and an index that redirects to a lone deck', () => {
    const out = tempDir();
    const { status, stderr } = run('build', REFERENCE, '--out', out);
    expect(status).toBe(0);
    expect(stderr).toContain('已生成');
    const page = readFileSync(join(out, REFERENCE_NAME, 'index.html'), 'utf8');
    expect(page).toContain('src="./assets/lectern.js"');
    expect(existsSync(join(out, REFERENCE_NAME, 'assets', 'lectern.css'))).toBe(true);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain(`url=./${encodeURIComponent(REFERENCE_NAME)}/`);
    // The deck's folder, fonts included, stays small enough to mail or put on a share.
    const files = readdirSync(join(out, REFERENCE_NAME), { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
    const bytes = files.reduce((sum, f) => sum + statSync(join(f.parentPath ?? f.path, f.name)).size, 0);
    expect(bytes).toBeLessThanOrEqual(1.5 * 1024 * 1024);
    expect(files.map((f) => f.name).sort()).toEqual(['OFL.txt', 'index.html', 'lectern-sans-400.woff', 'lectern-sans-700.woff', 'lectern-serif-700.woff', 'lectern.css', 'lectern.js']);
  });

  it('names the broken file, still builds the others and exits non-zero', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '空的.txt'), '');
    writeFileSync(join(dir, 'good.txt'), '好的讲话\n一、学习\n要读书。\n二、实践\n要实干。\n');
    const out = tempDir();
    const { status, stderr } = run('build', dir, '--out', out);
    expect(status).toBe(1);
    expect(stderr).toContain('空的.txt');
    expect(existsSync(join(out, 'good', 'index.html'))).toBe(true);
  });

  it('outline --md writes Markdown that, saved as a .md speech, gives the same outline', () => {
    const md = run('outline', REFERENCE, '--md');
    expect(md.status).toBe(0);
    const dir = tempDir();
    writeFileSync(join(dir, '改过的.md'), md.stdout);
    const fromMd = JSON.parse(run('outline', join(dir, '改过的.md'), '--json').stdout);
    const fromTxt = JSON.parse(run('outline', REFERENCE, '--json').stdout);
    const shape = (o: any) => ({
      title: o.title,
      opening: o.opening,
      themes: o.themes.map((t: any) => ({ heading: t.heading, keyword: t.keyword, lead: t.lead, points: t.points.map((p: any) => [p.headline, p.text]) })),
      closing: o.closing,
    });
    expect(shape(fromMd)).toEqual(shape(fromTxt));
    const out = tempDir();
    expect(run('build', join(dir, '改过的.md'), '--out', out).status).toBe(0);
    expect(readFileSync(join(out, '改过的', 'index.html'), 'utf8').match(/data-kind="point"/g)?.length).toBe(14);
  });

  it('explains an unknown command in Chinese', () => {
    const { status, stderr } = run('frobnicate');
    expect(status).toBe(2);
    expect(stderr).toContain('不认识的命令「frobnicate」');
  });
});
