import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Built from the repository root with `vite build --config web/vite.config.ts`; the server serves
 * web/dist under a CSP of script-src 'self', so the output must hold no inline script.
 */
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The polyfill would be bundled, not inlined, but every browser we target has modulepreload.
    modulePreload: { polyfill: false },
    // ECharts' core alone is about 510 kB; it is loaded only with the overview's chart.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // Libraries in their own chunks, so a dashboard change does not invalidate them in caches.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'mantine', test: /node_modules[\\/](@mantine|@floating-ui)[\\/]/ },
            { name: 'tanstack', test: /node_modules[\\/]@tanstack[\\/]/ },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender|tslib)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:4180' },
  },
});
