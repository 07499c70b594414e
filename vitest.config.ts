// Tests run without the dev-server plugin; browser tests start their own servers.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser tests launch Chromium; a generous guard, not a timing target.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
