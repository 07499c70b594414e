// `npm run dev`: Vite serves every speech in slides/ as a deck (see src/node/vite-plugin.ts).
import { defineConfig } from 'vite';
import { lectern } from './src/node/serve/vite-plugin.js';

export default defineConfig({
  plugins: [lectern({ dir: 'slides' })],
  server: { open: false },
  // Built decks come from `npm run build` (the lectern CLI), not from `vite build`.
  appType: 'custom',
});
