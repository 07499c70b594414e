// What one speech may cost. Within the 20 MB a file may have, a pasted book or a file of millions
// of short lines would otherwise make millions of slides: gigabytes of memory, minutes of work,
// and markup longer than a JavaScript string can be.

/**
 * The most slides a deck has. No real speech comes near it: the longest in the corpora makes 60
 * slides (84 paragraphs), a long government work report a few hundred. A text that would make
 * more is paged (paged.ts), and one with more paragraphs than this is not searched for structure.
 */
export const MAX_SLIDES = 2_000;
