// What a user may correct in the structure the rules found, and how a correction names its
// place: by the words it starts with (a text anchor), never by a line number, so it still
// finds its place after the speech is edited elsewhere.
import type { DeckOptions } from '../types.js';

/** What a piece of the speech is. `tail` is the rules' own: text after a theme's last point
 *  that does not belong to it (shown to the user as 正文). */
export type Role = 'title' | 'subtitle' | 'meta' | 'salutation' | 'opening' | 'theme' | 'point' | 'body' | 'tail' | 'closing';

/** The roles a user may give, with their Chinese names (the sidecar may use either). */
export const ROLE_NAMES: Readonly<Record<Exclude<Role, 'tail'>, string>> = {
  title: '标题',
  subtitle: '副标题',
  meta: '附注',
  salutation: '称谓',
  opening: '开头',
  theme: '主题',
  point: '要点',
  body: '正文',
  closing: '结尾',
};

export type UserRole = keyof typeof ROLE_NAMES;

/** One correction: at the place where `text` starts, give this role and/or this label. */
export interface Correction {
  /** The first words of the paragraph or sentence the correction is about (verbatim). */
  text: string;
  /** 1-based: which occurrence of `text`, when the speech says it more than once (default 1). */
  nth?: number;
  role?: UserRole;
  /** The short title the theme or point shows on its slide (the speech text is not changed). */
  label?: string;
  /** Where it stands in the sidecar, for messages (read, never written). */
  line?: number;
}

/** What `slides/<deck>.lectern.yaml` holds: settings over the front matter's, then corrections. */
export interface Sidecar {
  settings: Partial<DeckOptions>;
  corrections: Correction[];
}

export const EMPTY_SIDECAR: Sidecar = { settings: {}, corrections: [] };
