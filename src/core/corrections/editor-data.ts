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
  /** What was wrong in the sidecar as read, one line each (「第 N 行：…」). */
  sidecarProblems: string[];
  /** False when the sidecar is there but could not be read: the editor then saves nothing over it. */
  sidecarReadable: boolean;
  token: string;
  /** Where the sidecar is saved (PUT). */
  saveUrl: string;
}

