import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The public web app bundles core's main entry, so everything it reaches must run in a browser.
const ENTRY = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const ALLOWED_PACKAGES = ['zod', '@noble/hashes', 'safe-stable-stringify'];
const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function importGraph(entry: string) {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? '';
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
      else packages.add(specifier);
    }
  };
  visit(entry);
  return { files: [...files], packages: [...packages] };
}

describe('core main entry is browser-safe', () => {
  const graph = importGraph(ENTRY);

  it('imports only zod and small browser-safe libraries, never node: modules', () => {
    expect(graph.files.length).toBeGreaterThan(10);
    for (const specifier of graph.packages) {
      expect(specifier.startsWith('node:'), specifier).toBe(false);
      expect(
        ALLOWED_PACKAGES.some((p) => specifier === p || specifier.startsWith(`${p}/`)),
        specifier,
      ).toBe(true);
    }
  });

  it('does not reach the CLI or touch process, fs or require', () => {
    for (const file of graph.files) {
      expect(file).not.toMatch(/[\\/]cli[\\/]/);
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\bprocess\.|\brequire\(|\bBuffer\b/);
    }
  });
});
