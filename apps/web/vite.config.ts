import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Each vendor library gets its own named chunk (antd with its rc-* parts, echarts with zrender).
 * A group also takes the dependencies of what it captures, so react (used by all) is claimed first.
 */
const vendorGroups = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser)[\\/]/, priority: 30 },
  { name: 'echarts', test: /node_modules[\\/](echarts|zrender|tslib)[\\/]/, priority: 20 },
  { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|@emotion|dayjs|@babel)[\\/]/, priority: 10 },
];

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      // HUIQI_API_URL points the dev server at another API (default: the server's default port).
      '/api': { target: process.env.HUIQI_API_URL ?? 'http://localhost:8080', changeOrigin: false },
    },
  },
  build: {
    // HUIQI_WEB_DIST: build somewhere else (the server serves the same variable), e.g. one folder per checkout or helper.
    outDir: process.env.HUIQI_WEB_DIST ?? 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: vendorGroups },
      },
    },
  },
});
