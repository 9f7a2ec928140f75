// Browser bundle cost of core: `npm run bench:bundle` (builds core first).
// Bundles a one-line consumer of parseAnswers + evaluateAssessment with Vite (production, minified)
// and prints the raw and gzip size of the emitted JS, then the same for variants that leave a
// dependency out (its cost is the difference) and one that also imports defaultCatalog.
// Sizes are printed, not asserted.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const CORE = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = join(CORE, 'dist', 'index.js');

const CONSUMER = `import { parseAnswers, evaluateAssessment } from '@painpath/core';
window.run = (catalog, answers) => evaluateAssessment(catalog, parseAnswers(answers));
`;
const WITH_CATALOG = `import { parseAnswers, evaluateAssessment, defaultCatalog } from '@painpath/core';
window.run = (answers) => evaluateAssessment(defaultCatalog, parseAnswers(answers));
`;

const packageOf = (id) => {
  const m = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(id);
  return m ? m[1].replace('\\', '/') : id.startsWith(CORE) ? '@painpath/core' : '(the consumer)';
};

const moduleName = (id) =>
  id.includes('node_modules')
    ? id.replace(/.*[\\/]node_modules[\\/]/, '')
    : id.startsWith(CORE)
      ? `core/${id.slice(CORE.length)}`
      : '(the consumer)';

/** Bundles `source` with Vite; `external` packages are left out. Returns sizes and per-package rendered lengths. */
async function bundle(dir, name, source, external = []) {
  const input = join(dir, `${name}.js`);
  const outDir = join(dir, `out-${name}`);
  writeFileSync(input, source);
  const result = await build({
    configFile: false,
    root: dir,
    mode: 'production',
    logLevel: 'silent',
    resolve: { alias: { '@painpath/core': ENTRY } },
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      modulePreload: false,
      reportCompressedSize: false,
      rolldownOptions: {
        input,
        external: (id) => external.some((p) => id === p || id.startsWith(`${p}/`)),
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const byPackage = new Map();
  const byModule = new Map();
  for (const chunk of outputs) {
    if (chunk.type !== 'chunk') continue;
    for (const [id, info] of Object.entries(chunk.modules ?? {})) {
      const key = packageOf(id);
      byPackage.set(key, (byPackage.get(key) ?? 0) + (info.renderedLength ?? 0));
      byModule.set(moduleName(id), info.renderedLength ?? 0);
    }
  }
  const files = readdirSync(outDir, { recursive: true }).filter((f) => String(f).endsWith('.js'));
  const code = Buffer.concat(files.map((f) => readFileSync(join(outDir, String(f)))));
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length, byPackage, byModule };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const row = (label, size, base) =>
  console.log(
    `${label.padEnd(44)} ${kb(size.raw).padStart(9)} ${kb(size.gzip).padStart(9)}` +
      (base ? `   (${base.gzip >= size.gzip ? '-' : '+'}${kb(Math.abs(base.gzip - size.gzip))} gzip)` : ''),
  );

execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: CORE, stdio: 'inherit' });

const dir = mkdtempSync(join(tmpdir(), 'painpath-bundle-'));
try {
  const full = await bundle(dir, 'consumer', CONSUMER);
  console.log('Browser bundle of parseAnswers + evaluateAssessment (Vite, production, minified)\n');
  console.log(`${'bundle'.padEnd(44)} ${'raw'.padStart(9)} ${'gzip'.padStart(9)}`);
  row('core consumer (no default catalog)', full);

  const variants = [
    ['  without zod', ['zod']],
    ['  without @noble/hashes', ['@noble/hashes']],
    ['  without safe-stable-stringify', ['safe-stable-stringify']],
  ];
  for (const [label, external] of variants)
    row(label, await bundle(dir, external[0].replace(/\W/g, ''), CONSUMER, external), full);
  row('with defaultCatalog imported too', await bundle(dir, 'catalog', WITH_CATALOG), full);

  const total = [...full.byPackage.values()].reduce((a, b) => a + b, 0);
  const share = (name, length) =>
    console.log(
      `  ${name.padEnd(42)} ${kb(length).padStart(9)} ${`${((100 * length) / total).toFixed(0)}%`.padStart(5)}`,
    );
  console.log('\nShare of the consumer bundle by package (rendered code after tree-shaking, before minifying):');
  for (const [pkg, length] of [...full.byPackage].sort((a, b) => b[1] - a[1])) if (length > 0) share(pkg, length);
  console.log('\nBiggest modules:');
  for (const [id, length] of [...full.byModule].sort((a, b) => b[1] - a[1]).slice(0, 12)) share(id, length);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
