import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `pnpm dev` serves this with hot reload and forwards the API to the service (API_PORT, default 3000).
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/trpc': `http://127.0.0.1:${process.env.API_PORT ?? 3000}`,
      '/healthz': `http://127.0.0.1:${process.env.API_PORT ?? 3000}`,
    },
  },
  build: { outDir: 'dist', emptyOutDir: true },
});
