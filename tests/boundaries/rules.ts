// The allowed import directions (house style §11), as data, and a walker that lists what breaks them.
// Reads source text only (TypeScript's parser, no type checking), so it is fast enough for every run.
import { posix } from 'node:path';
import ts from 'typescript';

/** The pure core: plain functions over plain data, runnable in Node, the benchmarks and any context. */
export const CORE = ['lib/analysis', 'lib/schedule', 'lib/focus', 'lib/sidebar', 'lib/time', 'lib/contained'];

/** Packages that touch the extension APIs; only lib/platform and entrypoints/ may import them. */
const EXTENSION_API = ['wxt/browser', 'webextension-polyfill', '@wxt-dev/webextension-polyfill'];
const MAY_CALL_EXTENSION = ['lib/platform', 'entrypoints'];

/** Packages the core may use: pure computation, no DOM, no extension, no storage. `node:` only in tooling. */
const CORE_PACKAGES = ['franc-min', 'valibot', '@eslint-community/regexpp', 'node:'];

export interface Rule {
  name: string;
  /** Files this rule applies to: path prefixes from the repo root. */
  from: string[];
  /** Files it does not apply to, though under `from`. */
  except?: string[];
  /** When set, every import must match one of these (repo path prefixes, package names or `node:`). */
  only?: string[];
  /** Imports that are refused (repo path prefixes or package names). */
  forbid?: string[];
}

export const RULES: Rule[] = [
  {
    name: 'the core imports only the core',
    from: CORE,
    only: [...CORE, ...CORE_PACKAGES],
  },
  {
    name: 'lib/hosts imports only the core and itself',
    from: ['lib/hosts'],
    only: [...CORE, 'lib/hosts'],
  },
  {
    name: 'lib/assistant imports neither the background nor components',
    from: ['lib/assistant'],
    forbid: ['lib/background', 'components', 'entrypoints', 'dexie', 'preact'],
  },
  {
    name: 'components take their world as props: no background, database or platform',
    from: ['components'],
    forbid: ['lib/background', 'lib/db', 'lib/platform', 'entrypoints', 'dexie'],
  },
  {
    name: 'lib/ never imports components or entrypoints',
    from: ['lib'],
    forbid: ['components', 'entrypoints'],
  },
  {
    name: 'only lib/platform and entrypoints/ import the extension APIs',
    from: ['lib', 'components', 'entrypoints'],
    except: MAY_CALL_EXTENSION,
    forbid: EXTENSION_API,
  },
];

/** Identifiers that mean a DOM: the core must not name them as values. */
const DOM_GLOBALS = new Set([
  'document',
  'window',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'MutationObserver',
  'ResizeObserver',
  'IntersectionObserver',
  'HTMLElement',
  'Element',
  'Node',
  'Event',
  'CustomEvent',
  'KeyboardEvent',
  'requestAnimationFrame',
  'getComputedStyle',
]);
const EXTENSION_GLOBALS = new Set(['browser', 'chrome']);

const under = (file: string, prefix: string) => file === prefix || file.startsWith(`${prefix}/`);
const matches = (target: string, pattern: string) =>
  pattern.endsWith(':') ? target.startsWith(pattern) : under(target, pattern);

/** An import as the rules see it: a repo path (extension left off) for relative imports, else the package. */
export function importTarget(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  return posix.normalize(posix.join(posix.dirname(file), specifier)).replace(/\.(?:tsx?|mjs|js)$/, '');
}

/** Every module specifier a file imports or re-exports, static or dynamic, types included. */
export function importsOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((i) => i.fileName);
}

/** Global names used as values (not property names, not declarations), with their lines. */
function globalsUsed(file: string, source: string, names: ReadonlySet<string>): { name: string; line: number }[] {
  const sf = ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const declared = new Set<string>();
  const used: { name: string; line: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isVariableDeclaration(node) ||
        ts.isParameter(node) ||
        ts.isFunctionDeclaration(node) ||
        ts.isBindingElement(node) ||
        ts.isTypeAliasDeclaration(node) ||
        ts.isInterfaceDeclaration(node) ||
        ts.isClassDeclaration(node) ||
        ts.isEnumDeclaration(node) ||
        ts.isImportSpecifier(node) ||
        ts.isImportClause(node)) &&
      node.name &&
      ts.isIdentifier(node.name)
    ) {
      declared.add(node.name.text);
    }
    if (ts.isIdentifier(node) && names.has(node.text)) {
      const parent = node.parent;
      const isName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isQualifiedName(parent) && parent.right === node) ||
        (ts.isPropertyAssignment(parent) && parent.name === node) ||
        (ts.isPropertySignature(parent) && parent.name === node) ||
        (ts.isPropertyDeclaration(parent) && parent.name === node) ||
        (ts.isMethodDeclaration(parent) && parent.name === node) ||
        (ts.isMethodSignature(parent) && parent.name === node) ||
        (ts.isBindingElement(parent) && parent.propertyName === node) ||
        (ts.isVariableDeclaration(parent) && parent.name === node) ||
        (ts.isParameter(parent) && parent.name === node) ||
        ts.isImportSpecifier(parent) ||
        ts.isExportSpecifier(parent) ||
        ts.isJsxAttribute(parent);
      if (!isName) used.push({ name: node.text, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return used.filter((u) => !declared.has(u.name));
}

/** What breaks the rules in these files (repo path → source text): one line each, empty when all is well. */
export function violations(files: ReadonlyMap<string, string>, rules: readonly Rule[] = RULES): string[] {
  const out: string[] = [];
  for (const [file, source] of files) {
    const mod = file.replace(/\.(?:tsx?|mjs|js)$/, '');
    const targets = importsOf(source).map((s) => ({ specifier: s, target: importTarget(file, s) }));
    for (const rule of rules) {
      if (!rule.from.some((p) => under(mod, p)) || rule.except?.some((p) => under(mod, p))) continue;
      for (const { specifier, target } of targets) {
        const refused =
          rule.forbid?.some((p) => matches(target, p)) || (rule.only && !rule.only.some((p) => matches(target, p)));
        if (refused) out.push(`${file} imports '${specifier}': ${rule.name}`);
      }
    }
    const isCore = CORE.some((p) => under(mod, p));
    const mayCallExtension = MAY_CALL_EXTENSION.some((p) => under(mod, p));
    const names = new Set([...(isCore ? DOM_GLOBALS : []), ...(mayCallExtension ? [] : EXTENSION_GLOBALS)]);
    if (names.size === 0) continue;
    for (const { name, line } of globalsUsed(file, source, names)) {
      out.push(
        `${file}:${line} uses '${name}': ${EXTENSION_GLOBALS.has(name) ? 'only lib/platform and entrypoints/ call the extension APIs' : 'the core has no DOM'}`,
      );
    }
  }
  return out;
}
