// Point markers inside running text: 一是…二是…, 一要…, 首先…其次…最后…, 第一，…第二，…,
// clause-initial 就是要…, sentence-initial 要… and the spoken 一个是…还有一个是…. Only a series
// (2+) counts; an ordinal series wins, else the series that starts first; any other stays
// inside the points.
import { DI_ORDINAL, JIU_SHI_YAO, LAST_ADVERB, SEQ_ORDINAL, SHI_ORDINAL, SPOKEN_ORDINAL, YAO_IMPERATIVE, YAO_ORDINAL } from '../markers.js';
import { clauseStarts, sentenceStarts } from '../segment.js';
import { cnNumber } from './numbering.js';

interface Hit {
  family: string;
  /** 0 for unordered markers (要, 就是要); -1 for 最后 (whatever comes next, and the run ends);
   *  -2 for the spoken 再一个 (whatever comes next, and the run goes on). */
  ordinal: number;
  at: number;
  /** A mid-sentence 最后 with nothing marking it off: "in the end" unless it ends a run of 2+. */
  weak?: boolean;
}

const SEQ: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 再者: 3, 最后: -1, 再一个: -2, 一个: 1, 还有一个: -2, 另一个: -2 };

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
      const weak = !sentenceAt.has(at) && !!sticky(LAST_ADVERB, text, at);
      hits.push({ family: 'seq', ordinal: SEQ[m[1]], at, weak });
    }
    else if (sentenceAt.has(at) && (m = sticky(SPOKEN_ORDINAL, text, at))) hits.push({ family: 'seq', ordinal: SEQ[m[1]], at });
    else if (sticky(JIU_SHI_YAO, text, at)) hits.push({ family: 'jsy', ordinal: 0, at });
    else if (sentenceAt.has(at) && sticky(YAO_IMPERATIVE, text, at)) hits.push({ family: 'yao', ordinal: 0, at });
  }
  return hits;
}

/** Runs 1, 2, 3… (a new 1 restarts); 最后 closes a run (an unmarked mid-sentence one only a run of
 *  2+: 一个是专注…，最后主业荒废了 is no list). Runs shorter than 2 are dropped. */
function ordinalRuns(hits: Hit[]): Hit[] {
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
  const byFamily = new Map<string, Hit[]>();
  for (const h of hitsOf(text)) {
    if (skip.includes(h.family)) continue;
    if (!byFamily.has(h.family)) byFamily.set(h.family, []);
    byFamily.get(h.family)!.push(h);
  }
  let best: Hit[] = [];
  let bestOrdered: Hit[] = [];
  for (const [family, hits] of byFamily) {
    const ordered = family !== 'jsy' && family !== 'yao';
    const series = ordered ? ordinalRuns(hits) : hits;
    if (series.length < 2) continue;
    if (best.length === 0 || series[0].at < best[0].at) best = series;
    if (ordered && (bestOrdered.length === 0 || series[0].at < bestOrdered[0].at)) bestOrdered = series;
  }
  // Explicit ordinals (一是…二是…) beat 要-sentences, unless they restart: then each run sits
  // inside one of the earlier series' points.
  const singleRun = bestOrdered.filter((h) => h.ordinal === 1).length === 1;
  return (singleRun ? bestOrdered : best).map((h) => h.at);
}
