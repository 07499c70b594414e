// `lectern <command>`: the one command-line entry behind the npm scripts.
import { parseArgs } from 'node:util';
import { buildDecks } from './build.js';
import { outlineToMarkdown } from '../core/markdown.js';
import { formatOutlineTree } from './outline-tree.js';
import { consoleReporter, type Reporter } from './reporter.js';
import { loadDecks } from './load-deck.js';

const USAGE = `用法：lectern <命令> [讲话稿文件或文件夹] [选项]

命令：
  dev [文件夹] [--port 端口]   启动预览服务器，修改讲话稿后幻灯片自动刷新（默认 slides/）
  outline <文件> [--json|--md]   显示识别出的讲话结构（--json 输出 JSON；--md 输出可手工修改的 Markdown，
                              改好后存为 slides/<名称>.md 即按其中的标题分页）
  build [文件|文件夹] [--out 目录] [--no-notes]   生成静态幻灯片和单个 HTML 文件（默认 slides/ → dist/）
  pdf [文件|文件夹] [--notes] [--out 目录]   打印为 PDF（--notes 另出一份含讲稿备注的 PDF）
  pptx [文件|文件夹] [--out 目录]   生成可编辑的 PowerPoint（.pptx，WPS 也能打开）
  share [文件|文件夹] [--no-notes] [--port 端口] [--host 地址]   在局域网内分享（打印地址和二维码；--host 127.0.0.1 只在本机）
  shots [文件|文件夹] [--out 目录] [--scale 0.5]   给每页幻灯片截图（PNG，默认写到 shots/）
  eval <文件夹>               用标注好的讲话稿评估结构识别的准确率
  help                        显示本帮助
`;

const DEFAULT_SPEECHES = 'slides';
const DEFAULT_OUT = 'dist';

export async function main(argv: string[], report: Reporter = consoleReporter()): Promise<number> {
  const [command, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        md: { type: 'boolean', default: false },
        out: { type: 'string' },
        notes: { type: 'boolean', default: false },
        'no-notes': { type: 'boolean', default: false },
        port: { type: 'string' },
        host: { type: 'string' },
        scale: { type: 'string' },
      },
    });
  } catch (error) {
    report.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const target = positionals[0] ?? DEFAULT_SPEECHES;
  try {
    switch (command) {
      case 'outline':
        return await outlineCommand(target, values.md ? 'md' : values.json ? 'json' : 'tree', report);
      case 'build': {
        const result = await buildDecks(target, { out: values.out ?? DEFAULT_OUT, notes: !values['no-notes'] }, report);
        return result.failed > 0 || result.built.length === 0 ? 1 : 0;
      }
      case 'pdf': {
        const { exportPdfs } = await import('./export-pdf.js');
        const result = await exportPdfs(target, { out: values.out ?? DEFAULT_OUT, notes: values.notes ?? false }, report);
        return result.failed > 0 || result.written.length === 0 ? 1 : 0;
      }
      case 'dev': {
        const { startDevServer } = await import('./dev-server.js');
        const server = await startDevServer(target, values.port ? Number(values.port) : undefined);
        await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
        await server.close();
        return 0;
      }
      case 'pptx': {
        const { writePptx } = await import('./pptx.js');
        const result = await writePptx(target, { out: values.out ?? DEFAULT_OUT }, report);
        return result.failed > 0 || result.written.length === 0 ? 1 : 0;
      }
      case 'share': {
        const { share } = await import('./share.js');
        const port = values.port ? Number(values.port) : 0;
        const shared = await share(target, { notes: !values['no-notes'], host: values.host, port }, report, (t) => process.stdout.write(`${t}\n`));
        if (!shared) return 1;
        await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
        await shared.close();
        return 0;
      }
      case 'shots': {
        const { takeShots } = await import('./shots.js');
        const scale = values.scale ? Number(values.scale) : 1;
        if (!(scale > 0 && scale <= 4)) {
          report.error('--scale 应是 0 到 4 之间的数，例如 0.5（图片为 640×360）。');
          return 2;
        }
        const result = await takeShots(target, values.out ?? 'shots', report, scale);
        return result.failed > 0 || result.written.length === 0 ? 1 : 0;
      }
      case 'eval': {
        const { runEval } = await import('./eval.js');
        if (!positionals[0]) {
          report.error('请指定要评估的文件夹，例如：npm run eval -- tests/fixtures');
          return 2;
        }
        const { text, failed } = await runEval(positionals[0]);
        process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
        return failed > 0 ? 1 : 0;
      }
      case undefined:
      case 'help':
      case '--help':
        process.stdout.write(USAGE);
        return command ? 0 : 2;
      default:
        report.error(`不认识的命令「${command}」。\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    report.error((error as Error).message);
    return 1;
  }
}

type OutlineFormat = 'tree' | 'json' | 'md';

async function outlineCommand(target: string, format: OutlineFormat, report: Reporter): Promise<number> {
  const { decks, failed } = await loadDecks(target, report);
  for (const { compiled } of decks) {
    const { outline } = compiled;
    const text = { json: () => `${JSON.stringify(outline, null, 2)}\n`, md: () => outlineToMarkdown(outline), tree: () => formatOutlineTree(outline) }[format]();
    process.stdout.write(text);
  }
  return failed > 0 ? 1 : 0;
}
