import { fileURLToPath } from 'node:url';
import { defineConfig, type InlineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { leaveOutUnusedAntdParts } from './unused-antd-parts.ts';
import { precompress } from './precompress.ts';
import { firstPagePreloads } from './first-pages.ts';
import { firstPageChunks } from './first-page-chunks.ts';

/**
 * React and ECharts (with zrender) get their own named chunks. antd has none on purpose: one antd
 * chunk holds every component, and the first page would load all of it; left to the bundler, the
 * components a page uses come with it and the others with the pages that use them (the front door,
 * the sign-in page and the signed-in app are each loaded on demand: features/home/FrontDoor.tsx).
 * ECharts is only reached from pages with charts, so its chunk is never part of a first load. Feature
 * pages are loaded when first shown (app/lazy-page.tsx), so the signed-in app's own first load carries none of them.
 * A group also takes the dependencies of what it captures, so react (used by all) is claimed first.
 * The build then groups what the first page of each flow loads into a few chunks (first-page-chunks.ts)
 * and lists them for the server to announce in that page's HTML (first-pages.ts).
 */
const vendorGroups = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser)[\\/]/, priority: 30 },
  { name: 'echarts', test: /node_modules[\\/](echarts|zrender|tslib)[\\/]/, priority: 20 },
  // Everything the first page needs (the entry and what it imports statically) in one file: split into
  // the two dozen small chunks the bundler makes, it gzips about 10 KB larger and takes as many requests.
  { name: 'first-page', tags: ['$initial' as const], priority: 10 },
];

/**
 * Packages whose modules only define things (antd's rc-components, its colour and style helpers,
 * Babel's helpers) but do not say so (no `sideEffects: false`): the build may drop what is unused of
 * them, e.g. the form library's hooks that Input's context import would otherwise bring (about 14 KB
 * gzip off every first page; apps/web/e2e/js-budget.test.ts).
 */
const PURE_PACKAGES = /node_modules[\\/](@rc-component[\\/]|@ant-design[\\/](colors|cssinjs|cssinjs-utils|fast-color)[\\/]|@babel[\\/]runtime[\\/])/;

/** The app as the bundler sees it; the build adds its own steps and the first pages' chunks (first-page-chunks.ts). */
function appConfig(): InlineConfig {
  return {
    root: fileURLToPath(new URL('.', import.meta.url)),
    plugins: [react(), leaveOutUnusedAntdParts()],
    build: {
      // HUIQI_WEB_DIST: build somewhere else (the server serves the same variable), e.g. one folder per checkout or helper.
      outDir: process.env.HUIQI_WEB_DIST ?? 'dist',
      emptyOutDir: true,
      chunkSizeWarningLimit: 1500,
      // .vite/manifest.json: the chunk graph, read by the JS budget check (apps/web/e2e/js-budget.test.ts).
      manifest: true,
      rolldownOptions: {
        treeshake: { moduleSideEffects: (id: string) => !PURE_PACKAGES.test(id) },
        output: {
          codeSplitting: { groups: [...vendorGroups] },
        },
      },
    },
  };
}

export default defineConfig(({ isSsrBuild }) => {
  const config = appConfig();
  if (isSsrBuild) return ssrConfig(config);
  return {
    ...config,
    plugins: [...config.plugins!, firstPageChunks(appConfig), firstPagePreloads(), precompress()],
    server: {
      port: 5173,
      proxy: {
        // HUIQI_API_URL points the dev server at another API (default: the server's default port).
        '/api': { target: process.env.HUIQI_API_URL ?? 'http://localhost:8080', changeOrigin: false },
      },
    },
  };
});

/**
 * The server's renderer of first pages (src/ssr/render-first-page.tsx, apps/server/src/first-page-render.ts):
 * every package bundled in (antd's `es` files cannot be imported by Node as they are), written beside
 * the web build: `dist-ssr/render-first-page.mjs` (`npm run build` makes both). Split like the app, so a
 * server loads a page's code when it first draws that page, not every page's at its start.
 */
function ssrConfig(config: InlineConfig): InlineConfig {
  return {
    ...config,
    ssr: { noExternal: true },
    // The same production code as the browser's (antd's class names differ in development: hydration would not match).
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      ...config.build,
      outDir: `${config.build!.outDir!}-ssr`,
      ssr: true,
      manifest: false,
      rolldownOptions: { ...config.build!.rolldownOptions, input: 'src/ssr/render-first-page.tsx', output: { entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' } },
    },
  };
}
