import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Packages core may import: validation, and the Figma REST *types* (a data format, not an SDK). */
const CORE_PACKAGES = new Set(['zod', 'zod/mini']);
const CORE_TYPE_ONLY_PACKAGES = new Set(['@figma/rest-api-spec']);

function listTs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listTs(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(source: string): { specifier: string; typeOnly: boolean }[] {
  const found: { specifier: string; typeOnly: boolean }[] = [];
  const pattern = /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gmu;
  for (const match of source.matchAll(pattern)) found.push({ specifier: match[3] ?? '', typeOnly: Boolean(match[2]) });
  for (const match of source.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/gu)) found.push({ specifier: match[1] ?? '', typeOnly: false });
  return found;
}

/** Source without comments and string literals, so `'./read-document.ts'` is not the DOM's `document.`. */
function stripCommentsAndStrings(source: string): string {
  return source.replace(/\/\/.*$|\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/gmu, "''");
}

describe('architecture', () => {
  const coreDir = resolve('core');
  const files = listTs(coreDir);

  it('core imports only core, zod and type-only data formats', () => {
    const offenders: string[] = [];
    for (const file of files) {
      for (const { specifier, typeOnly } of importsOf(readFileSync(file, 'utf8'))) {
        const where = relative(process.cwd(), file);
        if (specifier.startsWith('.')) {
          const target = resolve(file, '..', specifier);
          if (!target.startsWith(coreDir)) offenders.push(`${where} imports ${specifier} (outside core)`);
        } else if (!CORE_PACKAGES.has(specifier) && !(typeOnly && CORE_TYPE_ONLY_PACKAGES.has(specifier))) {
          offenders.push(`${where} imports ${specifier}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('core names no platform global', () => {
    const offenders = files.filter((file) =>
      /\b(window|document|figma|miro|process|require)\s*[.(]/u.test(stripCommentsAndStrings(readFileSync(file, 'utf8'))),
    );
    expect(offenders.map((f) => relative(process.cwd(), f))).toEqual([]);
  });
});
