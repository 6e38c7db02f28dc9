import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** Where `pnpm --filter @van-kien/server start` listens by default. */
const server = 'http://127.0.0.1:8080';

/** The brand red of the icon and the header. */
const THEME_COLOR = '#9b1c1c';

// Vite requires a default export here.
export default defineConfig({
  plugins: [
    react(),
    // The app shell and every asset are precached so that the app opens without a connection; the
    // API and the sync socket are never cached (their data lives in IndexedDB, see features/offline).
    VitePWA({
      // A new version waits until the person chooses to reload ("Có phiên bản mới"), never mid-edit.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icons/icon.svg', 'icons/apple-touch-icon.png'],
      manifest: {
        name: 'Văn Kiện — Soạn thảo văn kiện Đại hội',
        short_name: 'Văn Kiện',
        description: 'Soạn thảo chung văn kiện đại hội Đảng bộ phường và các chi bộ',
        lang: 'vi',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: THEME_COLOR,
        background_color: '#f3f1ec',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/sync\//],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
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
