// Point markers inside running text: 一是…二是…, 一要…, 首先…其次…最后…, 第一，…第二，…,
// clause-initial 就是要…, sentence-initial 要… and the spoken 一个是…还有一个是…. Only a series
// (2+) counts; an ordinal series wins, else the series that starts first; any other stays
// inside the points.
import { DI_ORDINAL, JIU_SHI_YAO, LAST_ADVERB, SEQ_ORDINAL, SHI_ORDINAL, QUESTION_END, SPOKEN_ORDINAL, SUBJECT_YAO, YAO_IMPERATIVE, YAO_ORDINAL } from '../../text/markers.js';
import { clauseStarts, sentenceStarts } from '../../text/segment.js';
import { cnNumber } from './numbering.js';

interface Hit {
  family: string;
  /** 0 for unordered markers (要, 就是要); -1 for 最后 (whatever comes next, and the run ends);
   *  -2 for the spoken 再一个 (whatever comes next, and the run goes on). */
  ordinal: number;
  at: number;
  /** Counts only after a run of 2+: a mid-sentence 最后 with nothing marking it off ("in the
   *  end"), and 还有， (also), which continues a list but starts none. */
  weak?: boolean;
  /** A 要 demand after its subject (新一届党委要…): a point only right before a bare 要 sentence. */
  subject?: boolean;
}

const SEQ: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 再者: 3, 最后: -1, 再一个: -2, 还有: -2, 一个: 1, 还有一个: -2, 另一个: -2 };

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function hitsOf(text: string): Hit[] {
  const hits: Hit[] = [];
  const sentenceAt = new Set(sentenceStarts(text));
  for (const at of clauseStarts(text)) {
    let m: RegExpExecArray | null;
    if ((m = sticky(SHI_ORDINAL, text, at))) hits.push({ family: 'shi', ordinal: cnNumber(m[1]), at });
    else if ((m = sticky(YAO_ORDINAL, text, at))) hits.push({ family: 'yao-n', ordinal: cnNumber(m[1]), at });
    else if ((m = sticky(DI_ORDINAL, text, at))) hits.push({ family: 'seq', ordinal: cnNumber(m[1]), at });
    else if ((m = sticky(SEQ_ORDINAL, text, at))) {
      const weak = m[1] === '还有' || (!sentenceAt.has(at) && !!sticky(LAST_ADVERB, text, at));
      hits.push({ family: 'seq', ordinal: SEQ[m[1]], at, weak });
    }
    else if (sentenceAt.has(at) && (m = sticky(SPOKEN_ORDINAL, text, at))) hits.push({ family: 'seq', ordinal: SEQ[m[1]], at });
    else if (sticky(JIU_SHI_YAO, text, at)) hits.push({ family: 'jsy', ordinal: 0, at });
    else if (sentenceAt.has(at) && sticky(YAO_IMPERATIVE, text, at)) hits.push({ family: 'yao', ordinal: 0, at });
    else if (sentenceAt.has(at) && sticky(SUBJECT_YAO, text, at) && !asksAt(text, at)) hits.push({ family: 'yao', ordinal: 0, at, subject: true });
  }
  return withLeadingSubjects(hits, sentenceStarts(text));
}

/** How far a question's end is looked for: a longer sentence is no question heading a demand. */
const QUESTION_REACH = 120;

/** Whether the sentence starting at `at` is a question (为什么要始终坚持从严治党？). */
function asksAt(text: string, at: number): boolean {
  QUESTION_END.lastIndex = 0;
  return QUESTION_END.exec(text.slice(at, at + QUESTION_REACH))?.[0].endsWith('？') ?? false;
}

/**
 * 新一届党委要…。要…。要…: the first demand names who must act, the bare 要 sentences after it go
 * on with the same list. A subject 要 sentence counts only when the very next sentence is a bare
 * 要 one; anywhere else (各乡镇党委要… in running text) it is text.
 */
function withLeadingSubjects(hits: Hit[], starts: number[]): Hit[] {
  let s = 0;
  return hits.filter((h, k) => {
    if (!h.subject) return true;
    while (s < starts.length && starts[s] <= h.at) s++;
    const next = hits[k + 1];
    return !!next && next.family === 'yao' && !next.subject && next.at === starts[s];
  });
}

/** Hits grouped by family, in text order within each; `keep` filters the families. */
function byFamily(text: string, keep: (family: string) => boolean): Map<string, Hit[]> {
  const groups = new Map<string, Hit[]>();
  for (const h of hitsOf(text)) {
    if (!keep(h.family)) continue;
    if (!groups.has(h.family)) groups.set(h.family, []);
    groups.get(h.family)!.push(h);
  }
  return groups;
}

/** Families whose markers carry no order: their hits are a series as they stand. */
const UNORDERED = new Set(['jsy', 'yao']);

/** Runs 1, 2, 3… (a new 1 restarts); 最后 closes a run (an unmarked mid-sentence one only a run of
 *  2+: 一个是专注…，最后主业荒废了 is no list). Runs shorter than 2 are dropped. */
function runsOf(hits: Hit[]): Hit[] {
  const out: Hit[] = [];
  let run: Hit[] = [];
  const flush = () => {
    if (run.length >= 2) for (const h of run) out.push(h);
    run = [];
  };
  for (const h of hits) {
    const expect = run.length > 0 ? (run[run.length - 1].ordinal as number) + 1 : 1;
    if (h.ordinal === 1) {
      flush();
      run = [h];
    } else if (h.weak && run.length < 2) {
      continue;
    } else if (run.length > 0 && (h.ordinal === expect || h.ordinal < 0)) {
      run.push({ ...h, ordinal: h.ordinal < 0 ? expect : h.ordinal });
      if (h.ordinal === -1) flush();
    }
  }
  flush();
  return out;
}

/** Offsets in `text` where inline points start ([] when no series is found). Markers of the
 *  `skip` families (e.g. `yao` under a 要 heading) are the theme's own level and stay text. */
export function inlinePointStarts(text: string, skip: readonly string[] = []): number[] {
  let best: Hit[] = [];
  let bestOrdered: Hit[] = [];
  for (const [family, hits] of byFamily(text, (f) => !skip.includes(f))) {
    const ordered = !UNORDERED.has(family);
    const series = ordered ? runsOf(hits) : hits;
    if (series.length < 2) continue;
    if (best.length === 0 || series[0].at < best[0].at) best = series;
    if (ordered && (bestOrdered.length === 0 || series[0].at < bestOrdered[0].at)) bestOrdered = series;
  }
  // Explicit ordinals (一是…二是…) beat 要-sentences, unless they restart: then each run sits
  // inside one of the earlier series' points.
  const singleRun = bestOrdered.filter((h) => h.ordinal === 1).length === 1;
  return (singleRun ? bestOrdered : best).map((h) => h.at);
}

/** Each inline ordinal run (一是…二是…, 第一…第二…, 首先…其次…) in `text`: the offsets of its items. */
export function ordinalRuns(text: string): number[][] {
  const runs: number[][] = [];
  for (const hits of byFamily(text, (f) => !UNORDERED.has(f)).values()) {
    for (const h of runsOf(hits)) {
      if (h.ordinal === 1) runs.push([]);
      runs[runs.length - 1].push(h.at);
    }
  }
  return runs.sort((a, b) => a[0] - b[0]);
}
