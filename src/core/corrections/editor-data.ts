// What the dev server puts in the structure editor's page (node/studio/editor-page.ts) for the
// browser (client/studio/editor.ts): the contract between the two, in one place.
import type { Sidecar } from './types.js';

export interface EditorData {
  name: string;
  format: 'txt' | 'md';
  text: string;
  styledHeadings: string[];
  sidecar: Sidecar;
  /** The sidecar's path as the user knows it (slides/<deck>.lectern.yaml). */
  sidecarFile: string;
  token: string;
  /** Where the sidecar is saved (PUT). */
  saveUrl: string;
}

