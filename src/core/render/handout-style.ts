// The handout's print stylesheet, written from the geometry of handout-layout.ts. It sits beside
// the deck's own stylesheet (reveal.js, base.css, the themes), which draws the slides unchanged.
import { SLIDE } from '../plan/layout.js';
import { HANDOUT_CHROME_SIZE, HANDOUT_PAGE, HANDOUT_SLIDE_SCALE, HANDOUT_TEXT } from './handout-layout.js';

/** The deck's own faces first (embedded, subset to the speech); the system's only as a last resort. */
export const HANDOUT_SERIF = "'Lectern Serif', 'Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC', 'SimSun', serif";
export const HANDOUT_SANS = "'Lectern Sans', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/** Ink for the reading text and the quiet brown-grey of captions and rules. */
const INK = '#1a1a1a';
const QUIET = '#6b5a4a';
const RULE = '#d9cfc2';

const { margin } = HANDOUT_PAGE;

export const HANDOUT_CSS = `
@page { size: ${HANDOUT_PAGE.width}mm ${HANDOUT_PAGE.height}mm; margin: ${margin.top}mm ${margin.right}mm ${margin.bottom}mm ${margin.left}mm; }
html, body { margin: 0; padding: 0; background: #fff; }
body.handout { font-family: ${HANDOUT_SERIF}; color: ${INK}; -webkit-print-color-adjust: exact; print-color-adjust: exact; }

/* Each slide starts a page; its text follows and runs onto the next pages when long. */
.handout-sheet { break-before: page; }
.handout-sheet:first-child { break-before: auto; }

/* The live slide, scaled: vector text in the deck's theme and fonts, never a picture. */
.handout-frame {
  width: ${SLIDE.width * HANDOUT_SLIDE_SCALE}px;
  height: ${SLIDE.height * HANDOUT_SLIDE_SCALE}px;
  position: relative;
  overflow: hidden;
  break-inside: avoid;
}
/* A hairline round the slide, drawn inside its box: an outline outside it would be painted at the
   foot of the page before. */
.handout-frame::after {
  content: '';
  position: absolute;
  inset: 0;
  border: 0.3mm solid ${RULE};
}
.handout-frame .reveal {
  width: ${SLIDE.width}px;
  height: ${SLIDE.height}px;
  transform: scale(${HANDOUT_SLIDE_SCALE});
  transform-origin: 0 0;
}
/* reveal.js shows only the current slide; here every slide is shown, each in its own frame. */
.handout-frame .reveal .slides > section {
  display: block;
  position: absolute;
  inset: 0;
  opacity: 1;
  visibility: visible;
  transform: none;
}

.handout-caption {
  margin: 2.5mm 0 5mm;
  font-family: ${HANDOUT_SANS};
  font-size: ${HANDOUT_CHROME_SIZE}pt;
  line-height: 1.4;
  color: ${QUIET};
  break-after: avoid;
}

/* The spoken text, for reading aloud: a line box is never split (Chromium moves it whole to the
   next page), and a paragraph leaves at least two lines at either side of a page break. */
.handout-notes p {
  margin: 0 0 0.6em;
  font-size: ${HANDOUT_TEXT.size}pt;
  line-height: ${HANDOUT_TEXT.lineHeight};
  text-indent: 2em;
  text-align: justify;
  /* No paragraph ends on a line of one character (尾。) where the line before could give one up. */
  text-wrap: pretty;
  line-break: strict;
  overflow-wrap: anywhere;
  orphans: 2;
  widows: 2;
}
`;
