// The page at <out>/index.html that lists built decks (and sends a lone deck's visitors on).
import { deckUrlPath } from './deck-url.js';
import { PALETTES } from './palette.js';
import { escapeHtml } from './render.js';

/** The list wears the default theme's ink, red and muted brown. */
const INDEX_COLOURS = PALETTES.dangzheng;

export interface DeckSummary {
  name: string;
  title: string;
  date?: string;
  slides: number;
  seconds: number;
}

function minutesLabel(seconds: number): string {
  return `约 ${Math.max(1, Math.round(seconds / 60))} 分钟`;
}

export function renderDeckIndex(decks: DeckSummary[]): string {
  const href = (d: DeckSummary) => `./${deckUrlPath(d.name)}/`;
  const redirect = decks.length === 1 ? `<meta http-equiv="refresh" content="0; url=${escapeHtml(href(decks[0]))}">` : '';
  const rows = decks
    .map(
      (d) =>
        `<li><a href="${escapeHtml(href(d))}">${escapeHtml(d.title || d.name)}</a>` +
        `<span>${[d.date, `${d.slides} 页`, minutesLabel(d.seconds)].filter(Boolean).map((s) => escapeHtml(s!)).join(' · ')}</span></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${redirect}
<title>讲话稿幻灯片</title>
<style>
body { font-family: 'Noto Sans SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif; margin: 2rem auto; max-width: 46rem; padding: 0 1rem; color: ${INDEX_COLOURS.fg}; }
h1 { color: ${INDEX_COLOURS.primary}; }
li { margin: 0.8rem 0; display: flex; flex-direction: column; }
a { color: ${INDEX_COLOURS.primary}; font-size: 1.2rem; }
span { color: ${INDEX_COLOURS.muted}; }
</style>
</head>
<body>
<h1>讲话稿幻灯片</h1>
<ol>
${rows}
</ol>
</body>
</html>
`;
}
