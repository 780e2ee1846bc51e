import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The first page of each flow by the address a browser opens (issue 19: content within 3 s on a phone
 * over Fast 3G; bench/first-load.ts): the source modules it loads after the entry, and the API answers
 * it reads whoever asks (public data).
 */
export const FIRST_PAGES: readonly { name: string; path: string; modules: readonly string[]; data?: readonly string[]; visitorsOnly?: boolean }[] = [
  // `/` is the front door for a visitor only: someone signed in is taken to their home.
  { name: 'front', path: '/', modules: ['src/features/home/PublicHomePage.tsx'], data: ['/api/home/public'], visitorsOnly: true },
  { name: 'signin', path: '/login', modules: ['src/features/auth/LoginPage.tsx'] },
  {
    name: 'calculator',
    path: '/policy-calculator',
    modules: ['src/app/AppRoutes.tsx', 'src/features/home/PublicFrame.tsx', 'src/features/policies/PolicyCalculatorPage.tsx', 'src/features/policies/policies-messages.ts'],
    data: ['/api/public/policy-calculator'],
  },
  { name: 'home', path: '/home', modules: ['src/app/AppRoutes.tsx', 'src/features/home/RoleHomePage.tsx', 'src/features/home/home-messages.ts'] },
  { name: 'mypolicies', path: '/me/policies', modules: ['src/app/AppRoutes.tsx', 'src/features/policies/MyPoliciesPage.tsx', 'src/features/policies/policies-messages.ts'] },
];

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

/** What the server announces in a first page's HTML (apps/server/src/serve-web.ts), by address. */
export interface FirstPagePreloads {
  scripts: string[];
  styles: string[];
  data: string[];
  /** Announced only to a browser without a session (apps/server/src/serve-web.ts). */
  visitorsOnly: boolean;
}

/**
 * Writes `.vite/first-pages.json`: for each first page, the chunks (and their CSS) it will load on
 * demand, beyond what index.html already names, and its public data. The server lists them in the
 * page's HTML as preloads, so the browser fetches them all while the entry is still arriving, instead
 * of one step after another (entry → session check → the app's chunk → the page's chunk → its data).
 */
export function firstPagePreloads(): Plugin {
  let outDir = 'dist';
  return {
    name: 'huiqi-first-page-preloads',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const manifestFile = join(outDir, '.vite', 'manifest.json');
      if (!existsSync(manifestFile)) return;
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>;
      const closure = (keys: readonly string[]) => {
        const seen = new Set<string>();
        const visit = (key: string) => {
          if (seen.has(key)) return;
          if (!manifest[key]) throw new Error(`first-pages.ts: no chunk built from ${key}`);
          seen.add(key);
          for (const k of manifest[key].imports ?? []) visit(k);
        };
        keys.forEach(visit);
        return seen;
      };
      const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
      const inIndex = closure(entry ? [entry] : []);
      const preloads: Record<string, FirstPagePreloads> = {};
      for (const page of FIRST_PAGES) {
        const keys = [...closure(page.modules)].filter((k) => !inIndex.has(k));
        preloads[page.path] = {
          scripts: keys.map((k) => `/${manifest[k]!.file}`),
          styles: [...new Set(keys.flatMap((k) => manifest[k]!.css ?? []))].map((f) => `/${f}`),
          data: [...(page.data ?? [])],
          visitorsOnly: page.visitorsOnly ?? false,
        };
      }
      writeFileSync(join(outDir, '.vite', 'first-pages.json'), `${JSON.stringify(preloads, null, 2)}\n`);
    },
  };
}
