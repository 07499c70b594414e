// PUT a deck's sidecar from the 设置 panel (and the lead's structure editor): merged with the
// file on disk (a key left out keeps what is there), checked by writing it out and reading it
// back with the same parser the decks use, written atomically. Nothing left: the file goes.
import { unlink } from 'node:fs/promises';
import { parseSidecar, serializeSidecar } from '../../core/corrections/sidecar.js';
import type { Correction, Sidecar } from '../../core/corrections/types.js';
import type { DeckOptions } from '../../core/types.js';
import { readSidecarFile } from '../input/sidecar-file.js';
import { writeAtomic } from './atomic-write.js';
import { ApiError } from './http-json.js';
import { speechOf, type StudioContext } from './context.js';

const NOT_SETTINGS = '设置的格式不对：应是“名称: 值”的一组设置。';
const NOT_CORRECTIONS = '结构调整的格式不对：应是一组带“text”的调整。';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Settings as sent: text and numbers only; an empty value clears the setting. */
function settingsOf(value: unknown): Partial<DeckOptions> {
  if (!isRecord(value)) throw new ApiError(400, NOT_SETTINGS);
  const settings: Record<string, string | number> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === null || v === undefined || v === '') continue;
    if (typeof v !== 'string' && typeof v !== 'number') throw new ApiError(400, NOT_SETTINGS);
    settings[key] = typeof v === 'string' ? v.trim() : v;
  }
  return settings as Partial<DeckOptions>;
}

function correctionsOf(value: unknown): Correction[] {
  if (!Array.isArray(value) || !value.every((c) => isRecord(c) && typeof c.text === 'string')) throw new ApiError(400, NOT_CORRECTIONS);
  return value as Correction[];
}

export async function putSidecar(context: StudioContext, name: string, body: Record<string, unknown>) {
  const speech = await speechOf(context, name);
  const file = await readSidecarFile(speech.path, speech.name);
  const merged: Sidecar = {
    settings: body.settings === undefined ? file.sidecar.settings : settingsOf(body.settings),
    corrections: body.corrections === undefined ? file.sidecar.corrections : correctionsOf(body.corrections),
  };
  // Read back as the decks will read it: a bad value (a rate of 1000) is dropped and said so.
  const { sidecar: valid, diagnostics } = parseSidecar(serializeSidecar(merged));
  const text = serializeSidecar(valid);
  // What the file now holds, its corrections' lines those of the file.
  const { sidecar } = parseSidecar(text);
  const empty = Object.keys(sidecar.settings).length === 0 && sidecar.corrections.length === 0;
  if (empty) await unlink(file.path).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? undefined : Promise.reject(error)));
  else await writeAtomic(file.path, text);
  context.changed();
  return { sidecar, diagnostics };
}
