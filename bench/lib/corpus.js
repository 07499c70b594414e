// Large speeches made in memory from the fixtures and the reference speech. Each repeat rotates
// the order of the sources and shifts every Arabic digit, so no two blocks are byte-identical
// (a compiler that memoised whole paragraphs, or a regex engine's caches, would otherwise flatter it).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, REFERENCE } from './env.js';

function sources() {
  const fixtures = readdirSync(FIXTURES)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => readFileSync(join(FIXTURES, n), 'utf8'));
  return [readFileSync(REFERENCE, 'utf8'), ...fixtures].map((t) => t.replace(/^\ufeff/, '').trimEnd());
}

const shiftDigits = (text, k) => text.replace(/[0-9]/g, (d) => String((Number(d) + k) % 10));

/** A speech of about `bytes` UTF-8 bytes (cut at a line end, never inside a character). */
export function makeSpeech(bytes) {
  const all = sources();
  const parts = [];
  let size = 0;
  for (let k = 0; size < bytes; k++) {
    const source = shiftDigits(all[k % all.length], Math.floor(k / all.length) % 10);
    parts.push(source);
    size += Buffer.byteLength(source) + 1;
  }
  let text = parts.join('\n');
  const buf = Buffer.from(text);
  if (buf.length > bytes) {
    const cut = buf.lastIndexOf(0x0a, bytes);
    text = buf.subarray(0, cut > 0 ? cut : bytes).toString('utf8');
  }
  return text;
}
