// The table printed at the end: one row per target, the measured figure and whether it is met.
export function rows(r) {
  const out = [];
  const add = (name, value, target, ok) => out.push({ name, value, target, ok });
  const ms = (v) => `${v.toFixed(0)} ms`;
  if (r.compile) {
    const at = (bytes) => r.compile.sizes.find((s) => s.target === bytes);
    for (const s of r.compile.sizes) {
      const label = `compile ${s.target >= 1e6 ? `${s.target / 1e6} MB` : `${s.target / 1e3} KB`}`;
      if (s.timedOut) add(label, `timed out (${s.timeoutMs / 1e3} s)`, s.target === 1e6 ? '≥ 20 MB/s' : '', false);
      else add(label, `${s.mbPerS.toFixed(1)} MB/s (${ms(s.medianMs)})`, s.target === 1e6 ? '≥ 20 MB/s' : '', s.target === 1e6 ? s.mbPerS >= 20 : null);
    }
    if (!at(1e6)) add('compile 1 MB', 'not run', '≥ 20 MB/s', false);
    const ratio = r.compile.ratioLargestToSmallest;
    const cpu = r.compile.cpuRatioLargestToSmallest;
    const shown = Number.isFinite(ratio) ? `${ratio.toFixed(2)} (cpu time ${Number.isFinite(cpu) ? cpu.toFixed(2) : 'n/a'})` : 'n/a';
    add('compile per-byte time 10 MB / 10 KB', shown, '≤ 1.5', ratio <= 1.5);
  }
  if (r.build) add('build (whole process, median of 5)', ms(r.build.medianMs), '< 500 ms', r.build.medianMs < 500);
  if (r.edit) {
    add('edit-to-update (median of 10)', ms(r.edit.sameGlyphs.medianMs), '< 300 ms', r.edit.sameGlyphs.medianMs < 300);
    add('  … edit adding a new character', ms(r.edit.newGlyph.medianMs), '(< 300 ms)', r.edit.newGlyph.medianMs < 300);
  }
  if (r.pdf) {
    add('PDF (whole process, median of 5)', ms(r.pdf.medianMs), '< 2000 ms', r.pdf.medianMs < 2000);
    add('PDF pages per second', `${r.pdf.pagesPerS.toFixed(1)} (${r.pdf.pages} pages)`, '', null);
  }
  if (r.size) {
    const kb = (m) => `${(m.bytes / 1024).toFixed(0)} KiB, gzip ${(m.gzipBytes / 1024).toFixed(0)} KiB`;
    add(`size: deck folder (${r.size.folder.files} files)`, kb(r.size.folder), '', null);
    add('size: single HTML', kb(r.size.single), '', null);
  }
  if (r.editor) {
    add('editor: click → preview updated (median of 20)', ms(r.editor.medianMs), '< 150 ms', r.editor.medianMs < 150);
    add('  … editor page first load', ms(r.editor.firstLoadMs), '', null);
  }
  if (r.devStart) add('dev start to page 200 (median of 5)', ms(r.devStart.medianMs), '< 500 ms', r.devStart.medianMs < 500);
  if (r.share) {
    add(`share: remote → follower (median of ${r.share.presses})`, ms(r.share.firstMedianMs), '', null);
    add(`  … until all ${r.share.followers} followers heard it`, ms(r.share.lastMedianMs), '', null);
  }
  if (r.home) add('home page first load to cards shown (median of 5)', ms(r.home.medianMs), '', null);
  return out;
}

export function table(list) {
  const head = { name: 'measure', value: 'result', target: 'target', ok: 'met' };
  const mark = (ok) => (ok === null ? '' : ok ? 'yes' : 'NO');
  const cells = [head, ...list.map((r) => ({ ...r, ok: mark(r.ok) }))];
  const width = (k) => Math.max(...cells.map((c) => String(c[k]).length));
  const w = { name: width('name'), value: width('value'), target: width('target') };
  const line = (c) => `${c.name.padEnd(w.name)}  ${c.value.padEnd(w.value)}  ${c.target.padEnd(w.target)}  ${c.ok}`;
  return [line(head), '-'.repeat(w.name + w.value + w.target + 10), ...cells.slice(1).map(line)].join('\n');
}
