// Hostile command lines and files through the real `lectern` bin (compiled by scripts/prepare.js):
// every one ends, quickly, with a Chinese message that names the option or the file and says what
// to do, never a stack trace or an English error; exit 0 ok, 1 a speech or output failed, 2 the
// command line is wrong. One case (an unexpected error inside the compiler) needs a fault that no
// file triggers, so it calls main() in this process with the compiler made to throw.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/node/cli/cli.js';
import { consoleReporter } from '../../../src/node/cli/reporter.js';
import { BIN, ROOT, tempDir } from '../../helpers/paths.js';

const GOOD = '关于加强作风建设的讲话\n同志们：\n今天讲两点意见。\n一、提高认识\n要读书。要思考。\n二、狠抓落实\n要实干。要担当。\n谢谢大家！\n';
/** The text that makes the compiler throw below, as a 10 MB speech once did ("Invalid string length"). */
const EXPLODES = '会让程序出错的讲话';
const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;

vi.mock('../../../src/core/compile.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/core/compile.js')>();
  return {
    ...real,
    compileSpeech: (text: string, ...rest: Parameters<typeof real.compileSpeech> extends [string, ...infer R] ? R : never) => {
      if (text.includes(EXPLODES)) throw new RangeError('Invalid string length');
      return real.compileSpeech(text, ...rest);
    },
  };
});

/** What must never reach the user: a stack, Node's or the OS's English, an error code. */
const FORBIDDEN = [/Error:/, /^\s*at /m, /node:internal/, /\bE[A-Z]{4,}\b/, /\bERR_[A-Z_]+/, /\b[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}\b/];

/** Root ignores file permissions, so permission cases run as `nobody` there. */
const AS_ROOT = process.getuid?.() === 0;
const NOBODY = 65534;

/** A busy port for `share --port`, held by this process. */
let busy: Server;
let busyPort = 0;
beforeAll(async () => {
  busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, '0.0.0.0', resolve));
  busyPort = (busy.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => busy.close(() => resolve())));

interface Case {
  name: string;
  /** Prepares the working folder (which holds s/good.txt) and returns the arguments. */
  args: (work: string) => string[];
  status: 0 | 1 | 2;
  /** Fragments stderr must contain (the option or file named, what to do). */
  says: (work: string) => string[];
  /** Runs as an unprivileged user when the tests run as root. */
  unprivileged?: boolean;
  /** More to check afterwards, in the working folder. */
  then?: (work: string, out: { stdout: string; stderr: string }) => void;
  stdout?: (out: string) => void;
}

const LONG = 'a'.repeat(251);

const CASES: Case[] = [
  // Stack traces.
  { name: 'dev --port=-1', args: () => ['dev', 's', '--port=-1'], status: 2, says: () => ['--port', '-1', '1 到 65535'] },
  {
    name: 'share --port <a port in use>: refused before building',
    args: () => ['share', 's', '--port', String(busyPort)],
    status: 1,
    says: () => [`端口 ${busyPort}`, '占用', '--port'],
    then: (work) => expect(existsSync(join(work, 'dist')), 'built before checking the port').toBe(false),
  },
  // Raw English.
  { name: '--foo', args: () => ['build', 's', '--foo'], status: 2, says: () => ['「--foo」', 'build', '--out'] },
  { name: '-x', args: () => ['build', 's', '-x'], status: 2, says: () => ['「-x」', 'build'] },
  {
    name: 'a speech named -rf.txt',
    args: (work) => (writeFileSync(join(work, '-rf.txt'), GOOD), ['build', '-rf.txt']),
    status: 2,
    says: () => ['「-rf.txt」', './-rf.txt', ' -- '],
  },
  { name: '--json=3', args: () => ['outline', 's/good.txt', '--json=3'], status: 2, says: () => ['--json', '「=3」'] },
  { name: '--out without a value', args: () => ['build', 's', '--out'], status: 2, says: () => ['--out', '缺少'] },
  { name: 'share --port abc', args: () => ['share', 's', '--port', 'abc'], status: 2, says: () => ['--port', '「abc」'] },
  { name: 'share --port 99999', args: () => ['share', 's', '--port', '99999'], status: 2, says: () => ['--port', '「99999」', '65535'] },
  {
    name: '--out is an existing file (ENOTDIR)',
    args: (work) => (writeFileSync(join(work, 'afile'), 'x'), ['build', 's', '--out', 'afile']),
    status: 1,
    says: () => ['「afile」', '不是文件夹', '--out'],
  },
  {
    name: '--out is inside a file (ENOTDIR)',
    args: (work) => (writeFileSync(join(work, 'afile'), 'x'), ['build', 's', '--out', 'afile/sub']),
    status: 1,
    says: () => ['「afile/sub」', '「afile」', '不是文件夹', '--out'],
  },
  {
    name: 'a read-only output folder (EACCES)',
    args: (work) => (mkdirSync(join(work, 'ro'), { mode: 0o555 }), chmodSync(join(work, 'ro'), 0o555), ['build', 's', '--out', 'ro']),
    unprivileged: true,
    status: 1,
    says: () => ['「ro」', '权限', '--out'],
  },
  {
    name: "a read-only output's parent (EACCES)",
    args: (work) => (mkdirSync(join(work, 'ro')), chmodSync(join(work, 'ro'), 0o555), ['build', 's', '--out', 'ro/new']),
    unprivileged: true,
    status: 1,
    says: () => ['「ro/new」', '权限', '--out'],
  },
  {
    name: 'an unreadable folder of speeches (EACCES)',
    args: (work) => {
      mkdirSync(join(work, 'locked'));
      writeFileSync(join(work, 'locked', 'a.txt'), GOOD);
      chmodSync(join(work, 'locked'), 0o000);
      mkdirSync(join(work, 'o'));
      chmodSync(join(work, 'o'), 0o777);
      return ['build', 'locked', '--out', 'o'];
    },
    unprivileged: true,
    status: 1,
    says: () => ['「locked」', '读取权限'],
  },
  {
    name: 'a 251-character file name (ENAMETOOLONG): the other speech and the list are still written',
    args: (work) => (writeFileSync(join(work, 's', `${LONG}.txt`), GOOD), ['build', 's', '--out', 'o']),
    status: 1,
    says: () => [`「s/${LONG}.txt」`, '太长', '改短'],
    then: (work) => {
      expect(existsSync(join(work, 'o', 'good', 'index.html'))).toBe(true);
      expect(readFileSync(join(work, 'o', 'index.html'), 'utf8')).toContain('url=./good/');
      expect(existsSync(join(work, 'o', LONG)), 'half-written deck left behind').toBe(false);
    },
  },
  // Never exits.
  { name: 'dev --port abc', args: () => ['dev', 's', '--port', 'abc'], status: 2, says: () => ['--port', '「abc」', '1 到 65535'] },
  { name: 'dev --port 99999', args: () => ['dev', 's', '--port', '99999'], status: 2, says: () => ['--port', '「99999」', '1 到 65535'] },
  // Hangs.
  {
    name: 'a FIFO as the speech',
    args: (work) => (spawnSync('mkfifo', [join(work, 'pipe.txt')]), ['build', 'pipe.txt', '--out', 'o']),
    status: 1,
    says: () => ['「pipe.txt」', '不是普通文件'],
  },
  // Silent overwrite.
  {
    name: 'a speech named index.txt beside another: index-2, with a note, and the list links to it',
    args: (work) => (writeFileSync(join(work, 's', 'index.txt'), GOOD), ['build', 's', '--out', 'o']),
    status: 0,
    says: () => ['提示：', '「s/index.txt」', '「index-2」'],
    then: (work) => {
      const list = readFileSync(join(work, 'o', 'index.html'), 'utf8');
      expect(list).toContain('href="./index-2/"');
      expect(list).toContain('href="./good/"');
      expect(readFileSync(join(work, 'o', 'index-2.html'), 'utf8')).toContain('<title>关于加强作风建设的讲话</title>');
      expect(existsSync(join(work, 'o', 'index-2', 'index.html'))).toBe(true);
    },
  },
  {
    name: 'a lone speech named index.txt: its single file is index-2.html, the list sends on to it',
    args: (work) => (writeFileSync(join(work, 'index.txt'), GOOD), ['build', 'index.txt', '--out', 'o']),
    status: 0,
    says: () => ['提示：', '「index.txt」', '「index-2」'],
    then: (work) => {
      expect(readFileSync(join(work, 'o', 'index.html'), 'utf8')).toContain('url=./index-2/');
      expect(readFileSync(join(work, 'o', 'index-2.html'), 'utf8')).toContain('<title>关于加强作风建设的讲话</title>');
    },
  },
  // Help and version.
  ...(['--help', '-h', 'help'] as const).map(
    (flag): Case => ({ name: `lectern ${flag}`, args: () => [flag], status: 0, says: () => [], stdout: (out) => expect(out).toContain('用法：lectern <命令>') }),
  ),
  {
    name: 'lectern build --help',
    args: () => ['build', '--help'],
    status: 0,
    says: () => [],
    stdout: (out) => expect(out).toContain('build [文件|文件夹]'),
    then: (work) => expect(existsSync(join(work, 'dist'))).toBe(false),
  },
  ...(['--version', '-v'] as const).map(
    (flag): Case => ({ name: `lectern ${flag}`, args: () => [flag], status: 0, says: () => [], stdout: (out) => expect(out).toBe(`${VERSION}\n`) }),
  ),
];

function workFolder(): string {
  const work = tempDir('lectern-args-');
  chmodSync(work, 0o755);
  mkdirSync(join(work, 's'));
  writeFileSync(join(work, 's', 'good.txt'), GOOD);
  return work;
}

describe('bad command lines and hostile files: a Chinese message, the right exit status, no hang', () => {
  for (const c of CASES) {
    it.skipIf(c.unprivileged && process.getuid === undefined)(c.name, () => {
      const work = workFolder();
      const args = c.args(work);
      const user = c.unprivileged && AS_ROOT ? { uid: NOBODY, gid: NOBODY } : {};
      const run = spawnSync(process.execPath, [BIN, ...args], { cwd: work, encoding: 'utf8', timeout: 20_000, killSignal: 'SIGKILL', ...user });
      expect(run.signal, `killed after 20 s: ${run.stderr}`).toBeNull();
      expect(run.status, run.stderr).toBe(c.status);
      for (const pattern of FORBIDDEN) expect(run.stderr).not.toMatch(pattern);
      for (const fragment of c.says(work)) expect(run.stderr).toContain(fragment);
      if (c.status !== 0) expect(run.stderr).toMatch(/^错误：/m);
      if (c.status === 2) expect(existsSync(join(work, 'dist')), 'work started before the usage error').toBe(false);
      c.stdout?.(run.stdout);
      c.then?.(work, run);
    }, 30_000);
  }
});

describe('an unexpected error while compiling one speech', () => {
  it('becomes a Chinese message naming that file; the other speeches are built and listed; exit 1', async () => {
    const work = workFolder();
    writeFileSync(join(work, 's', 'big.txt'), `${EXPLODES}\n${GOOD}`);
    let stderr = '';
    const stream = { write: (text: string) => ((stderr += text), true) } as unknown as NodeJS.WritableStream;
    const status = await main(['build', join(work, 's'), '--out', join(work, 'o')], consoleReporter(stream));
    expect(status).toBe(1);
    for (const pattern of FORBIDDEN) expect(stderr).not.toMatch(pattern);
    expect(stderr).toContain(`错误：「${join(work, 's', 'big.txt')}」没能生成幻灯片`);
    expect(stderr).toContain('程序内部出错');
    expect(existsSync(join(work, 'o', 'good', 'index.html'))).toBe(true);
    expect(readFileSync(join(work, 'o', 'index.html'), 'utf8')).toContain('url=./good/');
  });
});
