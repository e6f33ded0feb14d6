import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The SPA lives in web/ and is built into the Python package, which serves it
// at / with a fallback to index.html for client-side routes.
const backend = process.env.HOTEL_CRM_DEV_BACKEND ?? 'http://127.0.0.1:8000';

export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: {
    outDir: '../server/web_dist',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: backend, ws: true, changeOrigin: false },
      '/healthz': backend,
    },
  },
});
