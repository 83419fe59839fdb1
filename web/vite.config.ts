import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `npm run dev` serves the UI with hot reload and forwards /api to a local `qa-vault serve`.
const api = process.env.QA_VAULT_API ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The CSP forbids inline script; keep the module-preload helper in a file too.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  server: {
    proxy: {
      '/api': {
        target: api,
        // The API refuses cross-origin writes (CSRF guard): present the request as its own origin.
        configure: (proxy) => proxy.on('proxyReq', (req) => req.setHeader('origin', api)),
      },
    },
  },
});
