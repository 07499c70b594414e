import type { DeckOptions } from '../types.js';

/** Every option with its default. Merge order (later wins): defaults → front matter → CLI flags. */
const DEFAULT_OPTIONS: DeckOptions = {
  /** 字/分: formal speeches are read at 150–180 characters a minute. */
  rate: 180,
  /** The 党政 theme (red and gold); `light` is the plain one. */
  theme: 'dangzheng',
};

export function resolveOptions(...layers: Partial<DeckOptions>[]): DeckOptions {
  const merged: DeckOptions = { ...DEFAULT_OPTIONS };
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer)) {
      if (value !== undefined) (merged as unknown as Record<string, unknown>)[key] = value;
    }
  }
  return merged;
}
