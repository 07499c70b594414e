// `lectern pdf --handout`: the option is known, shown in the help, and a switch.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../../src/node/cli/cli-args.js';
import { COMMANDS } from '../../../src/node/cli/cli-commands.js';
import { BIN } from '../../helpers/paths.js';

const lectern = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

describe('lectern pdf --handout', () => {
  it('is read as a switch of pdf', () => {
    expect(parseCommandLine(['pdf', 'a.txt', '--handout'], COMMANDS)).toEqual({ kind: 'run', name: 'pdf', target: 'a.txt', values: { handout: true } });
  });

  it('shows in `lectern pdf --help` with what it makes', () => {
    const { status, stdout } = lectern('pdf', '--help');
    expect(status).toBe(0);
    expect(stdout).toContain('lectern pdf [文件|文件夹] [--out 目录] [--notes] [--handout]');
    expect(stdout).toContain('--handout 另出一份 A4 讲稿版');
  });

  it('refuses a value, and is not an option of other commands', () => {
    const valued = lectern('pdf', '--handout=yes');
    expect(valued.status).toBe(2);
    expect(valued.stderr).toContain('「--handout」是开关，后面不用写值');
    const build = lectern('build', '--handout');
    expect(build.status).toBe(2);
    expect(build.stderr).toContain('「build」命令没有「--handout」这个选项。');
  });
});
