import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { present } from './fixtures.js';

// The published package, not the workspace: `npm pack` core's current build (turbo builds core
// before its tests), install the tarball in a project outside the monorepo, and use it from Node,
// from a Vite browser build and from TypeScript the way a consumer would.

const CORE = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const TSC = require.resolve('typescript/bin/tsc');
const VITE = pathToFileURL(require.resolve('vite')).href;

/** The limit of one process (npm, node, vite, tsc); each is killed past it. */
const STEP_TIMEOUT = 60_000;
/**
 * A test's limit: its steps in a row on a loaded 2-core machine, and 15 s more so that a step's
 * own limit fires first and the failure shows that step's output.
 */
const steps = (count: number) => count * STEP_TIMEOUT + 15_000;
const PREFIX = 'painpath-core-e2e-';

type Run = { code: number; stdout: string; stderr: string };
type PackedFile = { path: string; size: number };
type Pack = { filename: string; size: number; unpackedSize: number; entryCount: number; files: PackedFile[] };

// npm hands its own settings to child processes as npm_config_* (prefix, local_prefix, workspace
// flags...); the consumer's npm and node must not inherit them, nor vitest's NODE_ENV.
const childEnv: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => key === 'npm_config_cache' || !/^(npm_|vitest|node_env$|test$)/i.test(key),
  ),
);

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((done) => {
    execFile(
      command,
      args,
      { cwd, env: { ...childEnv, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: STEP_TIMEOUT },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        done({ code, stdout, stderr: stderr || (error && code !== 0 ? error.message : '') });
      },
    );
  });
}

function ok(result: Run, what: string) {
  expect(result.code, `${what} failed:\n${result.stderr}\n${result.stdout}`).toBe(0);
  return result.stdout;
}

let work: string | undefined;
let project: string;
let installed: string;
let pack: Pack;

const write = (name: string, content: string) => {
  const path = join(project, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
};

beforeAll(async () => {
  // Inside the run's folder (test/global-setup.ts), which the next run removes if this one is
  // killed before afterAll.
  work = realpathSync(mkdtempSync(join(tmpdir(), PREFIX)));
  project = join(work, 'consumer');
  installed = join(project, 'node_modules', '@painpath', 'core');
  mkdirSync(project);

  // --ignore-scripts: prepack's clean rebuild would empty dist/ under the other test files
  // running alongside; turbo has just built it.
  const packed = ok(
    await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], CORE),
    'npm pack',
  );
  pack = present((JSON.parse(packed) as Pack[])[0], 'npm pack output');

  write('package.json', JSON.stringify({ name: 'painpath-core-consumer', private: true, type: 'module' }, null, 2));
  ok(
    await run(
      'npm',
      ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', join(work, pack.filename)],
      project,
    ),
    'npm install of the tarball',
  );
}, steps(2));

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true, maxRetries: 3 });
});

describe('the packed @painpath/core tarball', () => {
  it('holds what a consumer needs and none of the workspace', () => {
    const paths = pack.files.map((f) => f.path);
    for (const needed of [
      'package.json',
      'README.md',
      'CHANGELOG.md',
      'dist/index.js',
      'dist/index.d.ts',
      'bin/painpath.js',
      'examples/answers-sciatica.json',
    ]) {
      expect(paths).toContain(needed);
    }
    for (const path of paths) {
      expect(path, path).not.toMatch(/\.test\.|^test\/|^bench\/|tsconfig|tsbuildinfo|node_modules|vitest\.config/);
    }
    expect(paths.filter((p) => p.endsWith('.js') && p.startsWith('dist/')).length).toBeGreaterThan(20);

    // Output of a source file that no longer exists: only a workspace that has not been rebuilt
    // from scratch has it, and the clean build in prepack leaves it out of a real `npm pack`.
    const stale = (path: string) => {
      const output = /^dist\/(.+?)\.(?:js|d\.ts|js\.map)$/.exec(path);
      return output !== null && !paths.includes(`src/${output[1]}.ts`);
    };
    if (paths.some(stale))
      console.warn(`stale build output in dist/ (rebuild from scratch): ${paths.filter(stale).join(', ')}`);

    // Source maps point at shipped sources, so a consumer's debugger and bundler find them.
    for (const map of paths.filter((p) => p.endsWith('.js.map') && !stale(p))) {
      const { sources } = JSON.parse(readFileSync(join(installed, map), 'utf8')) as { sources: string[] };
      for (const source of sources) {
        expect(existsSync(resolve(dirname(join(installed, map)), source)), `${map} -> ${source}`).toBe(true);
      }
    }

    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ type: 'module', sideEffects: false, engines: { node: expect.any(String) } });
    expect(manifest.dependencies).not.toHaveProperty('@painpath/api');
  });

  it(
    'imports and evaluates in Node (ESM), resolved from the consumer, with the same result as the workspace build',
    async () => {
      const answers = join(installed, 'examples', 'answers-sciatica.json');
      const script = write(
        'node-consumer.mjs',
        `import { readFileSync } from 'node:fs';
import { defaultCatalog, evaluateAssessment, parseAnswers } from '@painpath/core';

const result = evaluateAssessment(defaultCatalog, parseAnswers(JSON.parse(readFileSync(process.argv[2], 'utf8'))));
console.log(JSON.stringify({
  resolved: import.meta.resolve('@painpath/core'),
  approach: result.approach,
  options: result.options.map((o) => [o.treatment, o.status]),
}));
`,
      );
      const printed = JSON.parse(ok(await run(process.execPath, [script, answers], project), 'node')) as {
        resolved: string;
        approach: string;
        options: [string, string][];
      };

      expect(fileURLToPath(printed.resolved)).toBe(join(installed, 'dist', 'index.js'));
      expect(printed.approach).toBe('consider-interventional');
      expect(Object.fromEntries(printed.options)).toMatchObject({ 'physical-therapy': 'recommended' });

      // The tarball is made from dist/, so it must behave exactly like the workspace's build.
      const workspace = (await import(
        /* @vite-ignore */ pathToFileURL(join(CORE, 'dist', 'index.js')).href
      )) as typeof import('../src/index.js');
      const expected = workspace.evaluateAssessment(
        workspace.defaultCatalog,
        workspace.parseAnswers(JSON.parse(readFileSync(answers, 'utf8'))),
      );
      expect(printed.approach).toBe(expected.approach);
      expect(printed.options).toEqual(expected.options.map((o) => [o.treatment, o.status]));

      // CommonJS is not offered.
      const required = await run(process.execPath, ['-e', "require('@painpath/core')"], project);
      expect(required.stderr).toContain('ERR_PACKAGE_PATH_NOT_EXPORTED');
    },
    steps(2),
  );

  it(
    'runs the painpath CLI from the bin link',
    async () => {
      const answers = join(installed, 'examples', 'answers-sciatica.json');
      const out = ok(
        await run(join(project, 'node_modules', '.bin', 'painpath'), ['assess', answers, '--format', 'text'], project),
        'painpath assess',
      );
      expect(out).toMatch(/^Approach: .*\(consider-interventional\)/m);
    },
    steps(1),
  );

  it(
    'builds for the browser with Vite, resolving the package from the consumer, without node: imports',
    async () => {
      write(
        'index.html',
        `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>PainPath consumer</title></head>
  <body><pre id="result"></pre><script type="module" src="/src/main.js"></script></body>
</html>
`,
      );
      write(
        'src/main.js',
        `import { defaultCatalog, evaluateAssessment, parseAnswers } from '@painpath/core';

const answers = parseAnswers({ schemaVersion: 1, age: 54, painSites: ['low-back'], painIntensity: 6, durationMonths: 8 });
const result = evaluateAssessment(defaultCatalog, answers);
globalThis.painpathApproach = result.approach;
if (typeof document !== 'undefined') document.getElementById('result').textContent = JSON.stringify(result, null, 2);
`,
      );
      const script = write(
        'vite-build.mjs',
        `const { build, createLogger } = await import(process.env.PAINPATH_E2E_VITE);

const warnings = [];
const logger = createLogger('warn');
logger.warn = (message) => warnings.push(message);
logger.warnOnce = (message) => warnings.push(message);

const output = await build({
  root: process.cwd(),
  configFile: false,
  envFile: false,
  logLevel: 'warn',
  customLogger: logger,
  build: { outDir: 'dist', emptyOutDir: true, modulePreload: { polyfill: false } },
});
const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((c) => c.type === 'chunk');
console.log(JSON.stringify({ warnings, chunks: chunks.map((c) => ({ fileName: c.fileName, modules: Object.keys(c.modules) })) }));
`,
      );
      const built = JSON.parse(
        ok(await run(process.execPath, [script], project, { PAINPATH_E2E_VITE: VITE }), 'vite build'),
      ) as { warnings: string[]; chunks: { fileName: string; modules: string[] }[] };

      expect(built.warnings.filter((w) => /externali[sz]ed|node:|painpath/i.test(w))).toEqual([]);
      expect(built.chunks).toHaveLength(1);
      const chunk = present(built.chunks[0], 'a built chunk');
      const modules = chunk.modules;
      expect(modules.some((m) => m.startsWith(join(installed, 'dist') + sep))).toBe(true);
      expect(modules.filter((m) => m.startsWith(CORE))).toEqual([]);

      const bundlePath = join(project, 'dist', chunk.fileName);
      const bundle = readFileSync(bundlePath, 'utf8');
      expect(bundle.length).toBeGreaterThan(50_000);
      expect(bundle).not.toMatch(/\bfrom\s*["'`]node:|\bimport\s*\(\s*["'`]node:|\brequire\s*\(\s*["'`]node:/);
      expect(bundle).not.toContain('__vite-browser-external');
      expect(readdirSync(join(project, 'dist'))).toContain('index.html');

      // The bundle is self-contained and runs.
      const ran = ok(
        await run(
          process.execPath,
          [
            '--input-type=module',
            '-e',
            `await import(${JSON.stringify(pathToFileURL(bundlePath).href)}); console.log(globalThis.painpathApproach);`,
          ],
          project,
        ),
        'running the bundle',
      );
      expect(ran.trim()).toMatch(/^[a-z-]+$/);
    },
    steps(2),
  );

  it(
    'type-checks a consumer with NodeNext and with Bundler resolution (strict)',
    async () => {
      write(
        'src/check.ts',
        `import {
  AnswersValidationError,
  defaultCatalog,
  evaluateAssessment,
  parseAnswers,
  type Answers,
  type Recommendation,
  type TraceCheck,
  type TreatmentOption,
} from '@painpath/core';

const input: unknown = JSON.parse('{"schemaVersion":1,"age":54,"painSites":["low-back"],"painIntensity":6,"durationMonths":8}');
const answers: Answers = parseAnswers(input);
const result: Recommendation = evaluateAssessment(defaultCatalog, answers);
const offered: TreatmentOption[] = result.options.filter((o) => o.status === 'recommended' || o.status === 'consider');
const checks: TraceCheck[] = result.trace.flatMap((entry) => entry.checks ?? []);

export const summary = {
  approach: result.approach,
  offered: offered.map((o) => o.treatment),
  checks: checks.length,
  notes: result.notes.map((n) => n.text),
};

export function explain(error: unknown): string {
  return error instanceof AnswersValidationError ? error.issues.map((i) => i.message).join('; ') : String(error);
}

// @ts-expect-error the catalog comes first, then the answers
evaluateAssessment(answers, defaultCatalog);

// @ts-expect-error an approach outside the closed set
export const wrong: Recommendation['approach'] = 'surgery-now';
`,
      );
      const tsconfig = (compilerOptions: Record<string, unknown>) =>
        JSON.stringify({
          compilerOptions: { target: 'ES2022', strict: true, noEmit: true, types: [], ...compilerOptions },
          include: ['src/check.ts'],
        });
      // NodeNext with lib checks on and no @types/node: the package's .d.ts must stand on their
      // own (DOM is in lib only because zod's types name URL). Bundler as a browser app sees it.
      write(
        'tsconfig.nodenext.json',
        tsconfig({ module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2023', 'DOM'], skipLibCheck: false }),
      );
      write(
        'tsconfig.bundler.json',
        tsconfig({ module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2023', 'DOM'], skipLibCheck: true }),
      );

      const [nodeNext, bundler] = await Promise.all([
        run(process.execPath, [TSC, '-p', 'tsconfig.nodenext.json', '--pretty', 'false'], project),
        run(process.execPath, [TSC, '-p', 'tsconfig.bundler.json', '--pretty', 'false'], project),
      ]);
      ok(nodeNext, 'tsc (NodeNext)');
      ok(bundler, 'tsc (Bundler)');
    },
    steps(1),
  );
});
