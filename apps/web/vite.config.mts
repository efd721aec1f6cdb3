import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The paths the API answers itself; the dev server passes them through to it. */
const API_PATHS = ['/api', '/docs', '/q', '/problems', '/health', '/ready'];

/**
 * The web app, built into dist/web, which the API serves at `/` (same origin). `npm run web:dev`
 * serves it with live reload on :5173 and passes the API's paths to the API (VORONKA_API_URL,
 * default http://localhost:3000).
 */
export default defineConfig({
  root: here('.'),
  resolve: { alias: { '@': here('./src') } },
  // Vite 8 compiles TSX with Oxc: the automatic JSX runtime, no Babel.
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: here('../../dist/web'),
    emptyOutDir: true,
    sourcemap: true,
    // The CI budget checks gzipped sizes itself (npm run web:size); Vite's warning is about raw size.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      // The kit's modules start with "use client" (for React Server Components): meaningless here.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    port: 5173,
    proxy: Object.fromEntries(
      API_PATHS.map((path) => [path, process.env.VORONKA_API_URL ?? 'http://localhost:3000']),
    ),
  },
});
