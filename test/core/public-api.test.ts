import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** The layers above core: they may reach core only through core/index.ts. */
const OUTSIDE_CORE = ['cli', 'bench', 'miro-app', 'figma-plugin', 'ui', 'playground'];

function listSources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : listSources(path);
    return /\.tsx?$/u.test(entry.name) ? [path] : [];
  });
}

describe('the public API of core', () => {
  it('is the only way into core from the layers above it', () => {
    const coreDir = resolve('core');
    const offenders: string[] = [];
    for (const file of OUTSIDE_CORE.flatMap((dir) => listSources(resolve(dir)))) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/gu)) {
        const specifier = match[1] ?? '';
        if (!specifier.startsWith('.')) continue;
        const target = resolve(file, '..', specifier);
        if (target.startsWith(coreDir + '/') && target !== join(coreDir, 'index.ts')) offenders.push(`${relative(process.cwd(), file)} imports ${specifier}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('documents every export of core/index.ts with TSDoc', () => {
    const names = exportedNames(resolve('core/index.ts'));
    expect(names.size).toBeGreaterThan(50);
    const undocumented = [...names].filter((name) => !isDocumented(resolve('core/index.ts'), name, new Set())).sort();
    expect(undocumented).toEqual([]);
  });
});

/**
 * A syntactic walk (no type checker: building one for core takes seconds): the names a module
 * exports, following `export … from` and `export * from`.
 */
const parsed = new Map<string, ts.SourceFile>();
function parse(file: string): ts.SourceFile {
  let source = parsed.get(file);
  if (!source) {
    source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    parsed.set(file, source);
  }
  return source;
}

function exportedNames(file: string): Set<string> {
  const names = new Set<string>();
  for (const statement of parse(file).statements) {
    if (ts.isExportDeclaration(statement)) {
      const from = statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) ? resolve(file, '..', statement.moduleSpecifier.text) : undefined;
      if (!statement.exportClause && from) for (const name of exportedNames(from)) names.add(name);
      else if (statement.exportClause && ts.isNamedExports(statement.exportClause)) for (const element of statement.exportClause.elements) names.add(element.name.text);
    } else if (hasExportModifier(statement)) {
      for (const name of declaredNames(statement)) names.add(name);
    }
  }
  return names;
}

/** True when the declaration `name` exported from `file` (followed through re-exports) has a TSDoc comment. */
function isDocumented(file: string, name: string, seen: Set<string>): boolean {
  const key = `${file}#${name}`;
  if (seen.has(key)) return false;
  seen.add(key);
  const source = parse(file);
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement)) {
      const from = statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) ? resolve(file, '..', statement.moduleSpecifier.text) : undefined;
      if (!from) continue;
      if (!statement.exportClause) {
        if (exportedNames(from).has(name) && isDocumented(from, name, seen)) return true;
      } else if (ts.isNamedExports(statement.exportClause)) {
        const element = statement.exportClause.elements.find((e) => e.name.text === name);
        if (element && isDocumented(from, (element.propertyName ?? element.name).text, seen)) return true;
      }
    } else if (hasExportModifier(statement) && declaredNames(statement).includes(name)) {
      return ts.getJSDocCommentsAndTags(statement).length > 0;
    }
  }
  return false;
}

function hasExportModifier(statement: ts.Statement): boolean {
  return ts.canHaveModifiers(statement) && (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

function declaredNames(statement: ts.Statement): string[] {
  if (ts.isVariableStatement(statement)) return statement.declarationList.declarations.flatMap((d) => (ts.isIdentifier(d.name) ? [d.name.text] : []));
  if (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement) || ts.isEnumDeclaration(statement)) {
    return statement.name ? [statement.name.text] : [];
  }
  return [];
}
