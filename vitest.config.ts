import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['test/unit/setup.ts'],
    // A watchdog, not a speed target: parsing the largest saved pages in happy-dom takes seconds on a
    // loaded 2-core machine (speed is measured in the bench).
    testTimeout: 30_000,
  },
});
