/**
 * The extension's conventions (../shared/STYLE.md), checked rather than described: entrypoints/ holds only
 * entrypoints, one folder deep; entrypoint modules do nothing outside main() (WXT imports them in Node at
 * build time); no source file makes a network request.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = import.meta.dirname;
const entrypoints = join(root, 'entrypoints');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const sourceFiles = ['entrypoints', 'components', 'utils']
  .flatMap((dir) => filesUnder(join(root, dir)))
  .filter((file) => /\.tsx?$/.test(file) && !file.includes('/generated/') && !/\.test\.tsx?$/.test(file));

describe('entrypoints/', () => {
  it('holds entrypoints at most one folder deep', () => {
    for (const file of filesUnder(entrypoints)) {
      const parts = relative(entrypoints, file).split('/');
      expect(parts.length, relative(root, file)).toBeLessThanOrEqual(2);
    }
  });

  it('has the background, the two content scripts, the popup, the options page and the welcome page', () => {
    expect(readdirSync(entrypoints).sort()).toEqual(['background.ts', 'everywhere.content', 'lender.content', 'options', 'popup', 'welcome']);
    expect(readdirSync(join(entrypoints, 'lender.content'))).toEqual(['index.ts']);
    expect(readdirSync(join(entrypoints, 'everywhere.content'))).toEqual(['index.ts']);
  });

  it.each(['background.ts', 'lender.content/index.ts', 'everywhere.content/index.ts'])('%s does nothing at the top level but import, declare and export its definition', (file) => {
    const source = ts.createSourceFile(file, readFileSync(join(entrypoints, file), 'utf8'), ts.ScriptTarget.Latest);
    for (const statement of source.statements) {
      const allowed =
        ts.isImportDeclaration(statement) ||
        ts.isFunctionDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        (ts.isExportAssignment(statement) && ts.isCallExpression(statement.expression) && /^define(Background|ContentScript)$/.test(statement.expression.expression.getText(source)));
      expect(allowed, `${file}: ${statement.getText(source).slice(0, 80)}`).toBe(true);
    }
  });
});

describe('privacy', () => {
  it.each(sourceFiles.map((file) => [relative(root, file), file]))('%s makes no network request', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/\bfetch\s*\(|XMLHttpRequest|new\s+WebSocket|EventSource|sendBeacon|navigator\.connection/);
  });
});
