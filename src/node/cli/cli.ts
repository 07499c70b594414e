// `lectern <command>`: the one command-line entry behind the npm scripts. The commands are a
// table (cli-commands.ts); here the command line is read, the command run, and whatever
// happens ends as a Chinese message and one exit status:
//   0 done (warnings included), 1 a speech or an output failed, 2 the command line is wrong.
import { readFileSync } from 'node:fs';
import { parseCommandLine } from './cli-args.js';
import { COMMANDS, usage, usageLine, type Outcome } from './cli-commands.js';
import { describeError, UsageError } from '../errors.js';
import { consoleReporter, type Reporter } from './reporter.js';

function exitCode(end: Outcome | { error: unknown }): 0 | 1 | 2 {
  if ('error' in end) return end.error instanceof UsageError ? 2 : 1;
  return end.failed > 0 ? 1 : 0;
}

/** The version in package.json, read only when asked for. */
function version(): string {
  return (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

export async function main(
  argv: string[],
  report: Reporter = consoleReporter(),
  print: (text: string) => void = (text) => process.stdout.write(text),
): Promise<number> {
  const command = COMMANDS.find((c) => c.name === argv[0]);
  try {
    const line = parseCommandLine(argv, COMMANDS);
    if (line.kind === 'help') print(usage());
    if (line.kind === 'version') print(`${version()}\n`);
    if (line.kind !== 'run') return 0;
    return exitCode(await command!.run({ target: line.target, values: line.values, report, print }));
  } catch (error) {
    const hint = command ? `\n用法：${usageLine(command)}\n` : '\n';
    report.error(describeError(error) + (error instanceof UsageError ? `${hint}运行 lectern help 查看全部命令和选项。` : ''));
    return exitCode({ error });
  }
}
