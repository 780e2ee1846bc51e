import { join } from 'node:path';

/**
 * The arguments after `node` that start the real server: the test run's server bundle when it built
 * one (tools/test-bundles.ts sets HUIQI_SERVER_BUNDLE), else the TypeScript entry through the tsx
 * loader — node itself with the loader, not the tsx CLI, which runs the server in a second process
 * and SIGKILLs it when it is slow to acknowledge a SIGTERM. `HUIQI_E2E_SERVER_ENTRY` picks another
 * entry (e.g. a branch's server), always through tsx.
 */
export function serverNodeArgs(): string[] {
  const entry = process.env.HUIQI_E2E_SERVER_ENTRY;
  if (entry) return ['--import', 'tsx', entry];
  const bundle = process.env.HUIQI_SERVER_BUNDLE;
  return bundle ? [bundle] : ['--import', 'tsx', join('apps', 'server', 'src', 'main.ts')];
}
