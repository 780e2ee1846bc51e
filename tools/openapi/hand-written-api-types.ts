/**
 * Hand-written API types in the web app's API modules (`apps/web/src/api/*.ts` and the feature
 * modules' `*-api.ts` files):
 * - declarations: an interface, or a type alias whose type spells out an object (`{ … }`) or a
 *   union of string literals (a copied status list) — a second definition of a shape the API's
 *   schema already gives;
 * - inline shapes: object types written elsewhere (a `request<{ … }>` answer, a parameter);
 * - trusted calls: `request<T>(…)`, whose answer is whatever `T` says (`callApi` reads it from
 *   the generated document instead).
 * An alias of a generated type (`type Appeal = ApiJson<'/api/appeals/{trackingNumber}', 'get'>['case']`)
 * is none of these.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const REPO_ROOT = join(import.meta.dirname, '..', '..');
const WEB_SRC = join(REPO_ROOT, 'apps', 'web', 'src');

/** Plumbing of the client, not shapes of the API. */
const CLIENT_PLUMBING = new Set(['api-types.ts', 'call-api.ts', 'client.ts', 'use-api.ts']);

/** The web app's API modules, relative to the repository root. */
export function webApiFiles(): string[] {
  const api = readdirSync(join(WEB_SRC, 'api'), { withFileTypes: true })
    .filter((e) => e.isFile() && /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) && !CLIENT_PLUMBING.has(e.name))
    .map((e) => join(WEB_SRC, 'api', e.name));
  const features = readdirSync(join(WEB_SRC, 'features'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(WEB_SRC, 'features', dir.name))
        .filter((name) => /-api\.ts$/.test(name))
        .map((name) => join(WEB_SRC, 'features', dir.name, name)),
    );
  return [...api, ...features].map((f) => relative(REPO_ROOT, f).split('\\').join('/')).sort();
}

export interface HandWritten {
  kind: 'declaration' | 'inline' | 'trusted-call';
  /** The declared name, or the enclosing declaration's. */
  name: string;
  line: number;
}

export interface FileTypeCount {
  file: string;
  lines: number;
  /** Lines covered by declarations. */
  declarationLines: number;
  /** Lines covered by inline object types outside declarations. */
  inlineLines: number;
  found: HandWritten[];
}

function isStringLiteralUnion(node: ts.Node): boolean {
  return ts.isUnionTypeNode(node) && node.types.length > 1 && node.types.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal));
}

/** Type arguments that select from a generated type (`Pick<T, 'a' | 'b'>`, `Extract<T, { kind: 'x' }>`), not shapes. */
const SELECTORS = new Set(['Pick', 'Omit', 'Extract', 'Exclude']);
function isSelector(node: ts.Node): boolean {
  const parent = node.parent;
  return (
    parent !== undefined && ts.isTypeReferenceNode(parent) && ts.isIdentifier(parent.typeName) && SELECTORS.has(parent.typeName.text) &&
    parent.typeArguments !== undefined && parent.typeArguments.indexOf(node as ts.TypeNode) > 0
  );
}

function spellsOutAShape(node: ts.Node): boolean {
  if (isSelector(node)) return false;
  if (ts.isTypeLiteralNode(node) || isStringLiteralUnion(node)) return true;
  return ts.forEachChild(node, (child) => (spellsOutAShape(child) ? true : undefined)) ?? false;
}

export function countHandWrittenTypes(file: string): FileTypeCount {
  const text = readFileSync(join(REPO_ROOT, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const declarationLines = new Set<number>();
  const inlineLines = new Set<number>();
  const found: HandWritten[] = [];
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line + 1;
  const cover = (node: ts.Node, into: Set<number>) => {
    for (let l = lineOf(node.getStart(source)); l <= lineOf(node.getEnd()); l++) into.add(l);
  };
  const nameOf = (node: ts.Node): string => {
    for (let n: ts.Node | undefined = node; n; n = n.parent) {
      if ((ts.isInterfaceDeclaration(n) || ts.isTypeAliasDeclaration(n) || ts.isFunctionDeclaration(n) || ts.isVariableDeclaration(n)) && n.name) return n.name.getText(source);
    }
    return '(anonymous)';
  };
  const visit = (node: ts.Node): void => {
    if (isSelector(node)) return;
    if (ts.isInterfaceDeclaration(node) || (ts.isTypeAliasDeclaration(node) && spellsOutAShape(node.type))) {
      cover(node, declarationLines);
      found.push({ kind: 'declaration', name: node.name.text, line: lineOf(node.getStart(source)) });
      return;
    }
    if (ts.isTypeLiteralNode(node)) {
      cover(node, inlineLines);
      found.push({ kind: 'inline', name: nameOf(node), line: lineOf(node.getStart(source)) });
      return;
    }
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'request' && node.typeArguments?.length) {
      found.push({ kind: 'trusted-call', name: nameOf(node), line: lineOf(node.getStart(source)) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { file, lines: text.split('\n').length, declarationLines: declarationLines.size, inlineLines: inlineLines.size, found };
}

export function countWebApiTypes() {
  const files = webApiFiles().map(countHandWrittenTypes);
  const sum = (f: (x: FileTypeCount) => number) => files.reduce((s, x) => s + f(x), 0);
  return {
    files,
    totalLines: sum((f) => f.lines),
    declarationLines: sum((f) => f.declarationLines),
    inlineLines: sum((f) => f.inlineLines),
    declarations: sum((f) => f.found.filter((x) => x.kind === 'declaration').length),
    trustedCalls: sum((f) => f.found.filter((x) => x.kind === 'trusted-call').length),
  };
}
