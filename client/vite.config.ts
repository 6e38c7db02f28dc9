import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Where `pnpm --filter @van-kien/server start` listens by default. */
const server = 'http://127.0.0.1:8080';

// Vite requires a default export here.
export default defineConfig({
  plugins: [react()],
  build: {
    // The editor chunk (TipTap, ProseMirror, Yjs: ~540 kB) is loaded only on a document's page.
    chunkSizeWarningLimit: 650,
  },
  server: {
    // Same-origin paths as in production, where the server serves the built client itself.
    proxy: {
      '/api': server,
      '/sync': { target: server, ws: true },
    },
  },
});
