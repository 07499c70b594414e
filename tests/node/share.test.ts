// `lectern share`: decks served under an unguessable path, with the warning and a QR code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { share, type Shared } from '../../src/node/share.js';
import { REFERENCE, REFERENCE_NAME, tempDir } from '../helpers/paths.js';

const silent = { step() {}, done() {}, warn() {}, error() {} };

describe('share', () => {
  let shared: Shared;
  const printed: string[] = [];

  beforeAll(async () => {
    shared = (await share(REFERENCE, { out: tempDir(), notes: false, host: '127.0.0.1' }, silent, (t) => printed.push(t)))!;
  });
  afterAll(async () => {
    await shared?.close();
  });

  it('serves the deck under a random token path and nothing outside it', async () => {
    expect(shared.urls).toHaveLength(1);
    const url = shared.urls[0];
    expect(url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/[\\w-]{16}/${encodeURIComponent(REFERENCE_NAME)}/$`));
    const page = await fetch(url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('data-kind="title"');
    expect(html).not.toContain('class="notes"');
    const origin = new URL(url).origin;
    expect((await fetch(`${origin}/${encodeURIComponent(REFERENCE_NAME)}/`)).status).toBe(404);
  });

  it('warns that anyone on the network can open it and prints the URL and a QR code', () => {
    const text = printed.join('\n');
    expect(text).toContain('注意：同一网络中的任何人，只要拿到下面的地址，就能打开这份讲话稿。');
    expect(text).toContain(shared.urls[0]);
    expect(text).toMatch(/[▀▄█]{10}/);
    expect(text).toContain('已去掉演讲者备注');
  });
});
