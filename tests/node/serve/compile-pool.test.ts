// The worker threads that compile speeches for the dev server.
import { afterAll, describe, expect, it } from 'vitest';
import { CompileFailure, CompilePool } from '../../../src/node/serve/compile-pool.js';
import { SLIDES_MARK } from '../../../src/node/serve/dev-deck.js';
import { REFERENCE, REFERENCE_NAME } from '../../helpers/paths.js';

describe('compile pool', () => {
  const pool = new CompilePool({ size: 2 });
  afterAll(() => pool.close());

  it('prepares a deck in a worker: the page without its slides, the slides as UTF-8, the fonts', async () => {
    const deck = await pool.run({ path: REFERENCE, name: REFERENCE_NAME, clientEntry: '/src/client/main.ts' });
    if (!deck.ok) throw new Error(deck.message);
    expect(deck.summary).toMatchObject({ name: REFERENCE_NAME, title: '办公室干部在机关党支部专题研讨交流会上的发言', slides: 23 });
    expect(deck.shell).toContain(`<div class="slides">\n${SLIDES_MARK}\n</div>`);
    expect(deck.shell).toContain('<script type="module" src="/src/client/main.ts"></script>');
    const slides = new TextDecoder().decode(deck.slides);
    expect(slides.match(/data-kind="theme"/g)?.length).toBe(5);
    expect(deck.fonts.fonts.map((f) => f.file)).toEqual(['lectern-serif-700.woff', 'lectern-sans-400.woff', 'lectern-sans-700.woff']);
  });

  it('answers a speech it cannot read with the reader’s message', async () => {
    const deck = await pool.run({ path: '/nowhere/讲话.txt', name: '讲话', clientEntry: '/x.ts' });
    expect(deck).toEqual({ ok: false, name: '讲话', path: '/nowhere/讲话.txt', message: '「/nowhere/讲话.txt」不存在：请检查路径和文件名是否写对。' });
  });

  it('refuses work once closed', async () => {
    const closed = new CompilePool();
    await closed.close();
    await expect(closed.run({ path: REFERENCE, name: 'a', clientEntry: '/x.ts' })).rejects.toBeInstanceOf(CompileFailure);
  });
});
