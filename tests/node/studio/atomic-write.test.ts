// Writes of the studio: whole or not at all, and a new file never over an existing one.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNew, moveNew, numbered, writeAtomic } from '../../../src/node/studio/atomic-write.js';
import { tempDir } from '../../helpers/paths.js';

describe('atomic writes', () => {
  it('replaces a file in one step and leaves no temporary file behind', async () => {
    const dir = tempDir();
    const file = join(dir, 'a.lectern.yaml');
    writeFileSync(file, 'old');
    await writeAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['a.lectern.yaml']);
  });

  it('keeps the old content when the write fails', async () => {
    const dir = tempDir();
    await expect(writeAtomic(join(dir, 'missing', 'a.yaml'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('numbers new files -2, -3 instead of overwriting, and honours names refused by the caller', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '讲话.txt'), 'first');
    expect(await createNew(dir, '讲话.txt', Buffer.from('second'))).toBe('讲话-2.txt');
    expect(await createNew(dir, '讲话.txt', Buffer.from('third'))).toBe('讲话-3.txt');
    expect(await createNew(dir, '新.txt', Buffer.from('x'), (name) => name === '新.txt')).toBe('新-2.txt');
    expect(readFileSync(join(dir, '讲话.txt'), 'utf8')).toBe('first');
    expect(readFileSync(join(dir, '讲话-3.txt'), 'utf8')).toBe('third');
    expect(readdirSync(dir).sort()).toEqual(['新-2.txt', '讲话-2.txt', '讲话-3.txt', '讲话.txt']);
  });

  it('moves only onto a free name', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a'), 'a');
    writeFileSync(join(dir, 'b'), 'b');
    expect(await moveNew(join(dir, 'a'), join(dir, 'b'))).toBe(false);
    expect(await moveNew(join(dir, 'a'), join(dir, 'c'))).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['b', 'c']);
    expect(readFileSync(join(dir, 'b'), 'utf8')).toBe('b');
  });

  it('numbers before the extension', () => {
    expect([numbered('讲话.txt', 1), numbered('讲话.txt', 2), numbered('README', 3)]).toEqual(['讲话.txt', '讲话-2.txt', 'README-3']);
  });
});
