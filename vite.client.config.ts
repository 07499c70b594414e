// Bundles the browser client once (reveal.js + theme + init) into lib/client/, with fixed
// file names, so `lectern build` only writes HTML and copies these files: no bundler per deck.
// A classic script (IIFE), not an ES module: Chromium refuses module scripts over file://, and the
// deck folder must start when it is unzipped and its index.html double-clicked.
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  base: './',
  build: {
    outDir: 'lib/client',
    emptyOutDir: true,
    target: 'es2020',
    cssCodeSplit: false,
    modulePreload: false,
    rollupOptions: {
      input: 'src/client/main.ts',
      output: {
        format: 'iife',
        // The ES modules it is made of were strict; keep them so.
        strict: true,
        entryFileNames: 'lectern.js',
        chunkFileNames: 'lectern-[name].js',
        assetFileNames: (info) => (info.names?.[0]?.endsWith('.css') ? 'lectern.css' : 'assets/[name][extname]'),
      },
    },
  },
});
