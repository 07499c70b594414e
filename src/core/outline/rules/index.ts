// The outline pipeline, top to bottom. Adding a rule means adding one line here.
import { keywords } from './agenda.js';
import { closing, opening } from './closing.js';
import { corrections } from './corrected.js';
import { editorial, salutation, titleBlock } from './front.js';
import { points } from './points.js';
import type { Rule } from './state.js';
import { themes } from './themes.js';
import { wordHeadings } from './word-headings.js';

export const RULES: ReadonlyArray<readonly [name: string, rule: Rule]> = [
  ['editorial', editorial],
  ['titleBlock', titleBlock],
  ['salutation', salutation],
  ['themes', themes],
  ['closing', closing],
  ['opening', opening],
  ['points', points],
  ['keywords', keywords],
  ['wordHeadings', wordHeadings],
  // The user's corrections win over every rule above: keep this one last.
  ['corrections', corrections],
];
