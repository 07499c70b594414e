// The commands of `lectern`, as a table: name, what it takes, what it does. Each run checks its
// options first (a bad port or scale is a UsageError before any work) and says how many
// speeches or outputs failed; cli.ts turns that into the exit status.
import { outlineToMarkdown } from '../../core/outline/markdown.js';
import { explainDecision } from '../../core/outline/why.js';
import { buildDecks } from '../build/build.js';
import { optionUsage, type CommandSpec, type OptionValues } from './cli-args.js';
import { UsageError } from '../errors.js';
import { loadDecks, type ReadyDeck } from '../input/load-deck.js';
import { formatOutlineTree } from './outline-tree.js';
import { ensurePortFree, parsePort } from '../serve/port.js';
import type { Reporter } from './reporter.js';
import { findSpeeches } from '../input/speech-files.js';

export interface CommandContext {
  /** The speech file or folder named on the command line. */
  target: string | undefined;
  values: OptionValues;
  report: Reporter;
  /** Standard output: the outline, share's address. */
  print(text: string): void;
}

/** What a command did: 0 failed means done (warnings included). */
export interface Outcome {
  failed: number;
}

export interface Command extends CommandSpec {
  /** How the speech file or folder shows in the usage. */
  target: string;
  about: string;
  run(context: CommandContext): Promise<Outcome>;
}

const DEFAULT_SPEECHES = 'slides';
const DEFAULT_OUT = 'dist';

const speeches = (c: CommandContext): string => c.target ?? DEFAULT_SPEECHES;
const outDir = (c: CommandContext, fallback = DEFAULT_OUT): string => (c.values.out as string | undefined) ?? fallback;

/** Servers run until Ctrl+C. */
const untilInterrupted = () => new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));

type OutlineFormat = 'tree' | 'json' | 'md' | 'why';

const OUTLINE_FORMATS: Record<OutlineFormat, (deck: ReadyDeck) => string> = {
  tree: ({ compiled }) => formatOutlineTree(compiled.outline),
  json: ({ compiled }) => `${JSON.stringify(compiled.outline, null, 2)}\n`,
  md: ({ compiled }) => outlineToMarkdown(compiled.outline),
  why: ({ compiled, path }) => explainDecision(compiled.outline, compiled.candidates, path.toLowerCase().endsWith('.md')),
};

async function outline(c: CommandContext): Promise<Outcome> {
  const chosen = (['json', 'md', 'why'] as const).filter((f) => c.values[f]);
  if (chosen.length > 1) throw new UsageError('--json、--md、--why 只能选一个：--json 输出 JSON，--md 输出可修改的 Markdown，--why 说明为什么这样分。');
  const format: OutlineFormat = chosen[0] ?? 'tree';
  const { decks, failed } = await loadDecks(speeches(c), c.report);
  for (const deck of decks) c.print(OUTLINE_FORMATS[format](deck));
  return { failed };
}

async function dev(c: CommandContext): Promise<Outcome> {
  const port = parsePort(c.values.port as string | undefined);
  await findSpeeches(speeches(c)); // a missing folder is said before the server starts
  const { startDevServer } = await import('../serve/dev-server.js');
  const server = await startDevServer(speeches(c), port);
  await untilInterrupted();
  await server.close();
  return { failed: 0 };
}

async function share(c: CommandContext): Promise<Outcome> {
  const port = parsePort(c.values.port as string | undefined, { any: true }) ?? 0;
  const host = c.values.host as string | undefined;
  await ensurePortFree(port, host);
  const { share } = await import('../serve/share.js');
  const shared = await share(speeches(c), { notes: !c.values['no-notes'], host, port }, c.report, (t) => c.print(`${t}\n`));
  if (!shared) return { failed: 1 };
  await untilInterrupted();
  await shared.close();
  return { failed: 0 };
}

function parseScale(value: string | undefined): number {
  const scale = value === undefined ? 1 : Number(value);
  if (scale > 0 && scale <= 4) return scale;
  throw new UsageError(`--scale 的值「${value}」不对：应是 0 到 4 之间的数，例如 --scale 0.5（图片为 640×360）。`);
}

async function shots(c: CommandContext): Promise<Outcome> {
  const scale = parseScale(c.values.scale as string | undefined);
  const { takeShots } = await import('../tools/shots.js');
  return takeShots(speeches(c), outDir(c, 'shots'), c.report, scale);
}

async function evaluate(c: CommandContext): Promise<Outcome> {
  if (!c.target) throw new UsageError('请指定要评估的文件夹，例如：npm run eval -- tests/fixtures');
  const { runEval } = await import('../tools/eval.js');
  const { text, failed } = await runEval(c.target);
  c.print(text.endsWith('\n') ? text : `${text}\n`);
  return { failed };
}

export const COMMANDS: readonly Command[] = [
  { name: 'dev', target: '[文件夹]', options: ['port'], about: '启动预览服务器，修改讲话稿后幻灯片自动刷新（默认 slides/）', run: dev },
  {
    name: 'outline',
    target: '[文件|文件夹]',
    options: ['json', 'md', 'why'],
    about: '显示识别出的讲话结构（--json 输出 JSON；--md 输出可手工修改的 Markdown，改好后存为 slides/<名称>.md 即按其中的标题分页；--why 说明为什么这样分）',
    run: outline,
  },
  {
    name: 'build',
    target: '[文件|文件夹]',
    options: ['out', 'no-notes'],
    about: '生成静态幻灯片和单个 HTML 文件（默认 slides/ → dist/；--no-notes 去掉演讲者备注）',
    run: (c) => buildDecks(speeches(c), { out: outDir(c), notes: !c.values['no-notes'] }, c.report),
  },
  {
    name: 'pdf',
    target: '[文件|文件夹]',
    options: ['out', 'notes', 'handout'],
    about: '打印为 PDF（--notes 另出一份含讲稿备注的 PDF；--handout 另出一份 A4 讲稿版：每页上方是幻灯片，下方是讲稿全文，可打印照读）',
    run: async (c) =>
      (await import('../export/pdf/export-pdf.js')).exportPdfs(speeches(c), { out: outDir(c), notes: c.values.notes === true, handout: c.values.handout === true }, c.report),
  },
  {
    name: 'pptx',
    target: '[文件|文件夹]',
    options: ['out'],
    about: '生成可编辑的 PowerPoint（.pptx，WPS 也能打开）',
    run: async (c) => (await import('../export/pptx/pptx.js')).writePptx(speeches(c), { out: outDir(c) }, c.report),
  },
  { name: 'share', target: '[文件|文件夹]', options: ['no-notes', 'port', 'host'], about: '在局域网内分享（打印地址和二维码；--host 127.0.0.1 只在本机）', run: share },
  { name: 'shots', target: '[文件|文件夹]', options: ['out', 'scale'], about: '给每页幻灯片截图（PNG，默认写到 shots/）', run: shots },
  { name: 'eval', target: '<文件夹>', options: [], about: '用标注好的讲话稿评估结构识别的准确率', run: evaluate },
  { name: 'help', target: '', options: [], about: '显示本帮助（也可以写 --help 或 -h；--version 或 -v 显示版本）', run: async (c) => (c.print(usage()), { failed: 0 }) },
];

/** `lectern build [文件|文件夹] [--out 目录] [--no-notes]` */
export function usageLine(command: Command): string {
  return ['lectern', command.name, command.target, ...command.options.map((o) => `[${optionUsage(o)}]`)].filter(Boolean).join(' ');
}

export function usage(): string {
  const lines = COMMANDS.map((c) => `  ${usageLine(c)}\n      ${c.about}`);
  return `用法：lectern <命令> [讲话稿文件或文件夹] [选项]\n\n命令：\n${lines.join('\n')}\n`;
}
