import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the API under /admin/ (pre-compressed, see scripts/compress-dist.mjs).
export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  build: { target: 'es2022', assetsInlineLimit: 0 },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
