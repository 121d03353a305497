import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Built by `scripts/web-bundle.ts` (at `npm start` and before the tests) and served by the
// gateway from web/dist: hashed file names under assets/ are cached for a year.
export default defineConfig({
  plugins: [react()],
  // One bundle whatever NODE_ENV the building process has (vitest sets `test`, which would
  // otherwise give React's development build): tests serve exactly what production serves.
  mode: 'production',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  // The DICOM image loader's decode worker is an ES module that code-splits its codecs; their
  // .wasm binaries (named as `new URL('@cornerstonejs/codec-…', import.meta.url)`) are
  // resolved and emitted with hashed names by Vite like any asset.
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    sourcemap: false,
    // The strict CSP forbids inline scripts; Vite emits none, and no asset is inlined as a data: script.
    assetsInlineLimit: 0,
    // Two pages: the application, and the GraphQL IDE that the gateway serves on GET /graphql in
    // development only (docs/decisions.md, "The GraphQL IDE"). Neither page loads the other's code.
    rolldownOptions: {
      input: {
        app: fileURLToPath(new URL('index.html', import.meta.url)),
        graphiql: fileURLToPath(new URL('graphiql.html', import.meta.url)),
      },
    },
  },
});
