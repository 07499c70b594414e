// The command line, read: which command, its one speech file or folder, its options. Every
// mistake is a UsageError whose Chinese message names the option and says what to type.
// node:util parseArgs splits the words; it runs non-strict so that its English errors never
// reach the user and each option is checked here against the command's own list.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';

interface OptionSpec {
  type: 'string' | 'boolean';
  /** What follows a string option in the usage (`--out 目录`), and an example value. */
  value?: string;
  example?: string;
}

/** Every option of every command; each command lists the ones it takes. */
const OPTIONS = {
  out: { type: 'string', value: '目录', example: 'dist' },
  notes: { type: 'boolean' },
  handout: { type: 'boolean' },
  'no-notes': { type: 'boolean' },
  json: { type: 'boolean' },
  md: { type: 'boolean' },
  why: { type: 'boolean' },
  port: { type: 'string', value: '端口', example: '8080' },
  host: { type: 'string', value: '地址', example: '127.0.0.1' },
  scale: { type: 'string', value: '倍数', example: '0.5' },
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;
/** A string option's text, or true for a switch that was given. */
export type OptionValues = Partial<Record<OptionName, string | true>>;

/** What the parser needs to know of a command. */
export interface CommandSpec {
  name: string;
  options: readonly OptionName[];
}

export type CommandLine =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'run'; name: string; target: string | undefined; values: OptionValues };

/** Answered by every command, and on their own in place of one. */
const FLAGS = { help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' } } as const;
const FLAG_WORDS: Record<string, 'help' | 'version'> = { '--help': 'help', '-h': 'help', '--version': 'version', '-v': 'version' };

/** `--out 目录` for the usage. */
export function optionUsage(name: OptionName): string {
  const spec: OptionSpec = OPTIONS[name];
  return spec.value ? `--${name} ${spec.value}` : `--${name}`;
}

export function parseCommandLine(argv: readonly string[], commands: readonly CommandSpec[]): CommandLine {
  const [name, ...args] = argv;
  if (name === undefined) throw new UsageError('请写出要做的事（命令），例如：lectern build 讲话.txt');
  if (FLAG_WORDS[name]) return { kind: FLAG_WORDS[name] };
  const command = commands.find((c) => c.name === name);
  if (!command) throw new UsageError(`不认识的命令「${name}」：可用的命令有 ${commands.map((c) => c.name).join('、')}。`);

  const { tokens } = parseArgs({ args: [...args], options: { ...OPTIONS, ...FLAGS }, strict: false, allowPositionals: true, tokens: true });
  const values: OptionValues = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    if (token.name === 'help') return { kind: 'help' };
    if (token.name === 'version') return { kind: 'version' };
    const option = command.options.find((o) => o === token.name);
    if (!option) throw new UsageError(unknownOption(args[token.index], command));
    values[option] = optionValue(option, token.rawName, token.value, token.inlineValue);
  }
  if (positionals.length > 1) {
    throw new UsageError(
      `「${name}」只需要一个讲话稿文件或文件夹，这里有 ${positionals.length} 个：${positionals.map((p) => `「${p}」`).join('')}。` +
        '文件名里有空格时，请用引号把它括起来，例如 "党课 讲稿.txt"。',
    );
  }
  return { kind: 'run', name, target: positionals[0], values };
}

function optionValue(option: OptionName, raw: string, value: string | undefined, inline: boolean | undefined): string | true {
  const spec: OptionSpec = OPTIONS[option];
  if (spec.type === 'boolean') {
    if (value !== undefined) throw new UsageError(`「${raw}」是开关，后面不用写值：请去掉「=${value}」，只写 ${raw}。`);
    return true;
  }
  // Non-strict parsing takes the next word even when it is another option (`--out --no-notes`).
  if (value === undefined || value === '' || (!inline && /^-(?!\d)/.test(value))) {
    throw new UsageError(`「${raw}」后面缺少${spec.value}：请写成 ${raw} ${spec.example}。`);
  }
  return value;
}

function unknownOption(raw: string, command: CommandSpec): string {
  const known = command.options.length ? `可用的选项：${command.options.map(optionUsage).join('、')}。` : '它没有选项。';
  // A speech whose file name starts with a dash reads as an option.
  const file =
    /[./\\]/.test(raw) || existsSync(raw)
      ? `如果「${raw}」是讲话稿的文件名，请写成 ./${raw}，或写在 -- 之后：lectern ${command.name} -- ${raw}。`
      : '';
  return `「${command.name}」命令没有「${raw}」这个选项。${known}${file}`;
}
