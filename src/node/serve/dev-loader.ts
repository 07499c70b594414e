// Which version of each speech the dev server shows: the file once it has settled (settle.ts),
// compiled once per version (a page asks for its deck and then for three fonts) in the compile
// pool, off the request path. A compile that fails in any way becomes a message in Chinese.
import { CompileFailure, type CompilePool } from './compile-pool.js';
import type { DevDeck } from './dev-deck.js';
import { displayPath } from '../input/load-deck.js';
import { sidecarPath } from '../input/sidecar-file.js';
import { currentStamp, settledStat, versionStamp } from './settle.js';

export interface SpeechRef {
  path: string;
  name: string;
}

/** A result for a version that was overwritten while it was read is read again, this often. */
const MAX_REREADS = 3;

/** What the author reads when a compile stops or fails; the error itself goes to the terminal. */
function compileFailureMessage(path: string, error: unknown): string {
  const file = displayPath(path);
  const reason = error instanceof CompileFailure ? error.reason : 'crash';
  if (reason === 'timeout') return `「${file}」太长，生成幻灯片的时间过久，已停止：请确认选对了文件，或只保留讲话正文后再保存。`;
  if (reason === 'memory') return `「${file}」太大，生成幻灯片时内存不够，已停止：请确认选对了文件，或把讲话稿分成几份后再保存。`;
  return `「${file}」生成幻灯片时出错：请修改并保存文件后再试；如果一直出错，请把这份讲话稿交给维护人员检查。`;
}

/** The error itself, for whoever maintains the tool, labelled so in Chinese. */
export function technicalDetail(error: unknown): string {
  return `技术信息（供维护人员排查）：${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}

export function deckLoader(pool: CompilePool, clientEntry: string, logError: (line: string) => void) {
  const cache = new Map<string, { stamp: string; deck: Promise<DevDeck> }>();

  function compile(speech: SpeechRef, weight: number): Promise<DevDeck> {
    return pool.run({ path: speech.path, name: speech.name, clientEntry }, weight).catch((error: unknown): DevDeck => {
      const message = compileFailureMessage(speech.path, error);
      logError(`${message}\n${technicalDetail(error)}`);
      return { ok: false, name: speech.name, path: speech.path, message };
    });
  }

  /** A deck's version is its speech's and its sidecar's (corrections change the deck too). */
  const withSidecar = async (speech: SpeechRef, stamp: string) => (stamp ? `${stamp}|${await currentStamp(sidecarPath(speech.path, speech.name))}` : '');
  const stampNow = async (speech: SpeechRef) => withSidecar(speech, await currentStamp(speech.path));

  /** The version of the file to show, and its deck: one already made, or one made now. */
  async function current(speech: SpeechRef): Promise<{ stamp: string; deck: Promise<DevDeck> }> {
    // A version that was read once it had settled is not waited for again (a page and its fonts).
    const hit = cache.get(speech.path);
    if (hit && hit.stamp === (await stampNow(speech))) return hit;
    const info = await settledStat(speech.path);
    const stamp = await withSidecar(speech, versionStamp(info));
    const again = cache.get(speech.path);
    if (again && stamp && again.stamp === stamp) return again;
    const entry = { stamp, deck: compile(speech, info?.size ?? 0) };
    if (stamp) cache.set(speech.path, entry);
    return entry;
  }

  return async function load(speech: SpeechRef, rereads = 0): Promise<DevDeck> {
    const { stamp, deck: pending } = await current(speech);
    const deck = await pending;
    // Written again while it was being read (a save that empties the file first): read it again.
    if (!deck.ok && stamp && rereads < MAX_REREADS && (await stampNow(speech)) !== stamp) {
      return load(speech, rereads + 1);
    }
    return deck;
  };
}
