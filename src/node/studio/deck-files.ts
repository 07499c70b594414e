// Renaming and deleting a deck: its speech and its sidecar move together. A deleted deck goes
// to `slides/.lectern-trash/<id>/` (hidden, so it is no speech), from where 撤销 brings it back.
// Nothing is ever moved over an existing file.
import { existsSync } from 'node:fs';
import { mkdir, readdir, rmdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { extensionOf } from '../input/speech-files.js';
import { sidecarPath, SIDECAR_SUFFIX } from '../input/sidecar-file.js';
import { moveNew } from './atomic-write.js';
import { ApiError } from './http-json.js';
import { uploadName } from './uploads.js';
import { speechOf, type StudioContext } from './context.js';

export const TRASH = '.lectern-trash';
const TRASH_ID = /^[\w-]+$/;

/** The speech and, when there is one, the sidecar of a deck. */
function filesOf(speechPath: string, name: string): string[] {
  const sidecar = sidecarPath(speechPath, name);
  return existsSync(sidecar) ? [speechPath, sidecar] : [speechPath];
}

export async function renameDeck(context: StudioContext, name: string, body: Record<string, unknown>) {
  const speech = await speechOf(context, name);
  const to = uploadName(typeof body.to === 'string' ? body.to : '');
  if (to === name) return { name };
  const key = (n: string) => n.normalize('NFC').toLowerCase();
  if ((await context.decks()).some((d) => d !== speech && key(d.name) === key(to))) {
    throw new ApiError(409, `已有名为「${to}」的幻灯片：请换一个名字。`);
  }
  const ext = extensionOf(speech.path);
  const target = join(context.dir, `${to}${ext}`);
  if (!(await moveNew(speech.path, target))) throw new ApiError(409, `slides 文件夹里已有「${to}${ext}」：请换一个名字。`);
  const sidecar = sidecarPath(speech.path, name);
  if (existsSync(sidecar) && !(await moveNew(sidecar, sidecarPath(target, to)))) {
    context.log(`「${basename(sidecar)}」没有随幻灯片改名，因为「${to}${SIDECAR_SUFFIX}」已存在。`);
  }
  context.changed();
  return { name: to };
}

export async function deleteDeck(context: StudioContext, name: string) {
  const speech = await speechOf(context, name);
  const id = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}`;
  const folder = join(context.dir, TRASH, id);
  await mkdir(folder, { recursive: true });
  const moved: string[] = [];
  for (const file of filesOf(speech.path, speech.name)) {
    if (await moveNew(file, join(folder, basename(file)))) moved.push(basename(file));
  }
  context.changed();
  return { trash: id, files: moved, message: `已删除「${name}」，可以撤销；文件暂存在 slides/${TRASH}/${id}/。` };
}

export async function restoreDeck(context: StudioContext, id: string) {
  if (!TRASH_ID.test(id)) throw new ApiError(400, '要恢复的记录不对。');
  const folder = join(context.dir, TRASH, id);
  const files = await readdir(folder).catch(() => {
    throw new ApiError(404, '找不到要恢复的幻灯片：它可能已经恢复过了。');
  });
  const clash = files.find((file) => existsSync(join(context.dir, file)));
  if (clash) throw new ApiError(409, `slides 文件夹里已有「${clash}」：请先把它改名，再撤销删除。`);
  for (const file of files) await moveNew(join(folder, file), join(context.dir, file));
  await rmdir(folder).catch(() => undefined);
  context.changed();
  return { files, message: `已恢复「${files.filter((f) => !f.endsWith(SIDECAR_SUFFIX)).join('、')}」。` };
}
