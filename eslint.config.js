// ESLint flat config. Its main job from day one: the dependency direction
// between packages (table in tools/boundaries.json; see ARCHITECTURE.md).
import { readFileSync } from 'node:fs';
import tseslint from 'typescript-eslint';

const { allowed: ALLOWED, pure, ioModules } = JSON.parse(readFileSync(new URL('./tools/boundaries.json', import.meta.url), 'utf8'));
const PURE = new Set(pure);
const IO_MODULES = ioModules.flatMap((m) => [m, `${m}/*`]);
const dirOf = (name) => (['server', 'cli', 'web'].includes(name) ? `apps/${name}` : `packages/${name}`);

const boundaryBlocks = Object.entries(ALLOWED).map(([name, allowed]) => ({
  files: [`${dirOf(name)}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: Object.keys(ALLOWED)
              .filter((other) => other !== name && !allowed.includes(other))
              .map((other) => `@huiqi/${other}`),
            message: `${name} may import only: ${allowed.join(', ') || '(no workspace package)'} — see ARCHITECTURE.md`,
          },
          { group: ['../../packages/*', '../../../packages/*', '../../apps/*', '../../../apps/*'], message: 'import workspace packages by name (@huiqi/…), not by relative path' },
          ...(PURE.has(name) ? [{ group: IO_MODULES, message: `${name} is a pure domain package: no SQL, HTTP or UI libraries` }] : []),
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', '**/*.js', '!eslint.config.js'] },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
    },
  },
  ...boundaryBlocks,
);
