/**
 * Vite config for the web dashboard
 *
 * Builds `web/` into `dist/web`, which the API server serves as static files. Relative asset paths so
 * the app works under any mount point.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export const config = defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
});

// Vite looks for a default export; the one allowed exception to named-exports-only.
// eslint-disable-next-line no-restricted-syntax
export default config;
