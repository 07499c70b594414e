// Every string a deck shows on its slides: the font subset must cover exactly these.
import type { Deck, SlideBlock } from '../types.js';

function blockText(block: SlideBlock): string {
  switch (block.type) {
    case 'lines':
    case 'meta':
      return block.lines.join('');
    case 'list':
      return block.items.map((i) => i.text).join('');
    case 'tiles':
      return block.tiles.map((t) => t.mark + t.label).join('');
    default:
      return block.text;
  }
}

/** Slide text, notes (printed in the notes PDF) and the page title. */
export function deckCharacters(deck: Deck): string {
  const slides = deck.entries.flatMap((e) => (e.type === 'slide' ? [e.slide] : e.slides));
  return deck.title + slides.map((s) => s.blocks.map(blockText).join('') + s.notes).join('');
}
