import type { Plugin } from 'vite';

/**
 * Parts of antd that the app never uses but that antd imports unconditionally, so they would come
 * with every page: Typography's in-place editing (a TextArea with Input and the form context) and
 * Card's tab bar (Tabs). The build puts a stand-in in their place that fails loudly if it is ever
 * drawn; unused-antd-parts.test.ts fails as soon as the app uses either (`editable` on a Typography
 * element, `tabList` on a Card). Measured by apps/web/e2e/js-budget.test.ts.
 */
export const UNUSED_ANTD_PARTS: readonly { importer: RegExp; source: string; use: string }[] = [
  { importer: /antd[\\/]es[\\/]typography[\\/]Base[\\/]index\.js$/, source: '../Editable', use: 'Typography editable' },
  { importer: /antd[\\/]es[\\/]card[\\/]Card\.js$/, source: '../tabs', use: 'Card tabList' },
];

const STAND_IN = '\0huiqi-unused-antd-part';

export function leaveOutUnusedAntdParts(): Plugin {
  return {
    name: 'huiqi-unused-antd-parts',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer && UNUSED_ANTD_PARTS.some((part) => part.source === source && part.importer.test(importer))) return STAND_IN;
      return null;
    },
    load(id) {
      if (id !== STAND_IN) return null;
      return `export default function UnusedAntdPart() { throw new Error('This antd feature is left out of the build (apps/web/unused-antd-parts.ts)'); }`;
    },
  };
}
