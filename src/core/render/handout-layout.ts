// The handout's page geometry (讲稿版, `lectern pdf --handout`): the one source of the numbers the
// stylesheet, Chromium's print call (paper and margins) and the tests' page checks all use.
import { SLIDE } from '../plan/layout.js';

/** A4 portrait, in millimetres. The margins hold the running header (top) and footer (bottom). */
export const HANDOUT_PAGE = {
  width: 210,
  height: 297,
  margin: { top: 20, right: 20, bottom: 18, left: 20 },
} as const;

/** CSS pixels per millimetre (96 px to the inch). */
const PX_PER_MM = 96 / 25.4;

/** The width text and slide share, in millimetres (170). */
export const HANDOUT_CONTENT_WIDTH = HANDOUT_PAGE.width - HANDOUT_PAGE.margin.left - HANDOUT_PAGE.margin.right;

/**
 * The 1280×720 slide, drawn at full content width: a transform scales the live slide, so its
 * layout (every line break) is the deck's own, only smaller. 0.502 makes its 32 px body text
 * about 12 pt on paper, readable at arm's length.
 */
export const HANDOUT_SLIDE_SCALE = (HANDOUT_CONTENT_WIDTH * PX_PER_MM) / SLIDE.width;

/** The slide's height on the page, in millimetres (about 95.6). */
export const HANDOUT_SLIDE_HEIGHT = (SLIDE.height * HANDOUT_SLIDE_SCALE) / PX_PER_MM;

/**
 * The spoken text: 15 pt serif (the issue asks at least 14 pt) at 1.75 lines, about 32
 * characters a line, so a presenter reads it aloud at a lectern without glasses.
 */
export const HANDOUT_TEXT = { size: 15, lineHeight: 1.75 } as const;

/** Header and footer text, in points: small, out of the way of the reading. */
export const HANDOUT_CHROME_SIZE = 9;
