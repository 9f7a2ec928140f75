import { execFile } from 'node:child_process';
import { mkdtemp, writeFile, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalog } from '../src/default-catalog/index.js';
import { RecommendationSchema } from '../src/schemas/recommendation.js';
import { contractExample, present } from './fixtures.js';

// These tests run the built CLI as a real process, exactly as `npx painpath` does.
const BIN = fileURLToPath(new URL('../bin/painpath.js', import.meta.url));

// Each process loads Node and the whole engine: well under a second on an idle machine, but many
// seconds on a loaded 2-core one running the whole `npm test`. A test's time limit therefore
// grows with the processes it starts in a row; one process fits the config's 30 s.
const PER_PROCESS_MS = 30_000;
const processes = (count: number) => ({ timeout: count * PER_PROCESS_MS });

function painpath(args: string[], stdin = '') {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(process.execPath, [BIN, ...args], { encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
    child.stdin?.end(stdin);
  });
}

let dir: string;
const file = async (name: string, content: unknown) => {
  const path = join(dir, name);
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'painpath-cli-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('painpath assess', () => {
  it('prints a Recommendation that validates against the schema', async () => {
    const { code, stdout } = await painpath(['assess', await file('answers.json', contractExample)]);
    expect(code).toBe(0);
    const result = RecommendationSchema.parse(JSON.parse(stdout));
    expect(result.options).toHaveLength(defaultCatalog.treatments.length);
  });

  it('reads standard input with "-" and prints text on request', async () => {
    const { code, stdout } = await painpath(['assess', '-', '--format', 'text'], JSON.stringify(contractExample));
    expect(code).toBe(0);
    expect(stdout).toContain('Approach:');
    expect(stdout).toContain('does not replace');
  });

  it('shows in the text format the structured checks of each criterion that matched', async () => {
    const { code, stdout } = await painpath(['assess', '-', '--format', 'text'], JSON.stringify(contractExample));
    expect(code).toBe(0);
    expect(stdout).toContain('Why (criteria that matched, and the checks they made):');
    expect(stdout).toMatch(/ chronic-psychological-support\n {2}\[yes\] chronic eq true \(is true\)/);
  });

  it('exits 2 with every field path for invalid answers', async () => {
    const bad = { ...contractExample, painIntensity: 12, age: 'old', shoeSize: 9 };
    const { code, stdout, stderr } = await painpath(['assess', await file('bad.json', bad)]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('painIntensity:');
    expect(stderr).toContain('age:');
    expect(stderr).toContain('shoeSize: unknown field');
  });

  it('exits 2 for unreadable files, bad JSON and unknown options', processes(4), async () => {
    expect((await painpath(['assess', join(dir, 'missing.json')])).code).toBe(2);
    const notJson = await painpath(['assess', await file('broken.json', '{ not json')]);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain('not valid JSON');
    expect((await painpath(['assess', '--bogus', 'x.json'])).code).toBe(2);
    expect((await painpath(['frobnicate'])).code).toBe(2);
  });

  it('uses another catalog with --catalog, and refuses an invalid one', processes(2), async () => {
    const smaller = { ...defaultCatalog, disclaimers: ['Custom disclaimer for this test.'] };
    const ok = await painpath([
      'assess',
      await file('a.json', contractExample),
      '--catalog',
      await file('c.json', smaller),
    ]);
    expect(RecommendationSchema.parse(JSON.parse(ok.stdout)).disclaimers).toContain('Custom disclaimer for this test.');
    const broken = await painpath([
      'assess',
      await file('a2.json', contractExample),
      '--catalog',
      await file('c2.json', { schemaVersion: 1 }),
    ]);
    expect(broken.code).toBe(2);
  });
});

describe('painpath validate-catalog', () => {
  it('exits 0 for the default catalog and 1 with paths for an invalid one', processes(2), async () => {
    expect((await painpath(['validate-catalog', await file('good.json', defaultCatalog)])).code).toBe(0);
    const bad = {
      ...defaultCatalog,
      criteria: [
        { ...present(defaultCatalog.criteria[0]), when: { fact: 'shoeSize', op: 'gte', value: 9 } },
        ...defaultCatalog.criteria.slice(1),
      ],
    };
    const { code, stderr } = await painpath(['validate-catalog', await file('bad-catalog.json', bad)]);
    expect(code).toBe(1);
    expect(stderr).toContain('criteria.0.when.fact: unknown fact "shoeSize"');
  });
});

describe('painpath cases', () => {
  it('runs the catalog cases with no argument and they all pass', async () => {
    const { code, stdout } = await painpath(['cases']);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n').at(-1)).toBe(`${defaultCatalog.cases.length} passed, 0 failed`);
  });

  it('runs a folder of case files and exits 1 when one fails', async () => {
    const folder = join(dir, 'cases');
    await mkdir(folder);
    await writeFile(join(folder, 'a.json'), JSON.stringify(defaultCatalog.cases.slice(0, 3)));
    const failing = {
      ...present(defaultCatalog.cases[0]),
      id: 'wrong-expectation',
      expect: { approach: ['combined'] },
    };
    await writeFile(join(folder, 'b.json'), JSON.stringify(failing));
    const { code, stdout } = await painpath(['cases', folder]);
    expect(code).toBe(1);
    expect(stdout).toContain('FAIL wrong-expectation: approach is urgent-referral, expected combined');
    expect(stdout.trim().split('\n').at(-1)).toBe('3 passed, 1 failed');
  });

  it('accepts a case file that carries its reasoning in note and source (CONTRACT 1.1)', async () => {
    const example = fileURLToPath(new URL('../examples/case-rfa.json', import.meta.url));
    const { code, stdout } = await painpath(['cases', example]);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n').at(-1)).toBe('1 passed, 0 failed');
  });

  it('exits 2 for a file that is not a case', async () => {
    const { code, stderr } = await painpath(['cases', await file('not-a-case.json', { id: 'x' })]);
    expect(code).toBe(2);
    expect(stderr).toContain('not a valid clinical test case');
  });
});

describe('help', () => {
  it.each([[['--help']], [['assess', '--help']], [['validate-catalog', '--help']], [['cases', '--help']]])(
    '%j prints usage',
    async (args) => {
      const { code, stdout } = await painpath(args);
      expect(code).toBe(0);
      expect(stdout).toContain('painpath');
    },
  );
});
