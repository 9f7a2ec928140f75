// HTTP throughput of the API against a bare Fastify floor: `npm run bench:api` (builds first).
//
// Starts the built API (dist/main.js) on a fresh SQLite file in a temp dir, takes the published
// catalog (body and ETag) and one evaluate response from it, then starts bench/bare-server.mjs,
// a bare Fastify server that serves exactly those bytes, and bench/same-work-server.mjs, a plain
// Fastify server that does the work an evaluate request needs (parse, validate with core's schema,
// evaluateAssessment, serialise) without Nest. autocannon then runs these scenarios, after a short
// unreported warm-up, against the API and the floors in turn, several rounds:
//   catalog 200   GET the published catalog without If-None-Match
//   catalog 304   GET it with If-None-Match: <its ETag>
//   evaluate      POST the example answers as JSON
// and prints req/s and each server's CPU time per request side by side (medians over the rounds),
// with the API as a percentage of the bare floor and, for evaluate, of the same-work floor.
//
// BENCH_SECONDS sets each measured run's length (default 5), BENCH_ROUNDS the number of rounds
// (default 3). The exit code is 0 whether or not
// the targets are met (it is a measurement); 1 when a server does not start or answers wrongly.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const { fetch, AbortSignal } = globalThis;

const API_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const API_MAIN = join(API_DIR, 'dist', 'main.js');
const BARE_SERVER = join(API_DIR, 'bench', 'bare-server.mjs');
const SAME_WORK_SERVER = join(API_DIR, 'bench', 'same-work-server.mjs');
const EXAMPLE_ANSWERS = join(API_DIR, '..', '..', 'packages', 'core', 'examples', 'answers-sciatica.json');

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WARMUP_SECONDS = 2;
const CONNECTIONS = 10;
const PIPELINING = 1;
const START_TIMEOUT_MS = 60_000;
const HOST = '127.0.0.1';

/** Minimum API throughput as a share of a floor's, per scenario. */
const TARGETS = [
  { scenario: 'evaluate', floor: 'same-work', min: 0.9 },
  { scenario: 'catalog 304', floor: 'bare', min: 0.8 },
];

// ---------------------------------------------------------------------------------------------
// Child processes and cleanup

/** @type {Set<{ name: string, proc: import('node:child_process').ChildProcess, exited: Promise<void>, running: () => boolean, output: () => string }>} */
const children = new Set();
let tempDir = null;
let currentRun = null;
let cleaning = null;
let interrupted = false;

/** Response headers worth replaying: everything but what the HTTP layer or the route sets itself. */
function replayableHeaders(headers) {
  const skip = new Set([
    'date',
    'connection',
    'keep-alive',
    'content-length',
    'transfer-encoding',
    'etag',
    'cache-control',
    'content-type',
    'x-catalog-version',
  ]);
  return Object.fromEntries([...headers.entries()].filter(([name]) => !skip.has(name)));
}

/**
 * On a machine with two or more cores, the load generator (this process) runs on core 0 and
 * the server under test on core 1, so the two do not fight over one core and each server is
 * measured on the same single core. Uses Linux `taskset` where present; otherwise no pinning.
 */
function pinCores() {
  if (availableParallelism() < 2) return false;
  try {
    execFileSync('taskset', ['-p', '-c', '0', String(process.pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const PINNED = pinCores();

/** Clock ticks per second, the unit of the CPU times in /proc/<pid>/stat. */
function clockTicks() {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
}
const CLOCK_TICKS = clockTicks();

/** Spawns `node <args>` in apps/api, keeping the last lines of its output for error messages. */
function startChild(name, args, env) {
  const [command, argv] = PINNED ? ['taskset', ['-c', '1', process.execPath, ...args]] : [process.execPath, args];
  const proc = spawn(command, argv, { cwd: API_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = [];
  const keep = (chunk) => {
    lines.push(
      ...chunk
        .toString('utf8')
        .split('\n')
        .filter((l) => l.trim() !== ''),
    );
    if (lines.length > 40) lines.splice(0, lines.length - 40);
  };
  proc.stdout.on('data', keep);
  proc.stderr.on('data', keep);
  let alive = true;
  let exitInfo = '';
  const exited = new Promise((resolve) => {
    proc.on('error', (error) => {
      exitInfo = `could not spawn: ${error.message}`;
      alive = false;
      resolve();
    });
    proc.on('exit', (code, signal) => {
      exitInfo = signal ? `killed by ${signal}` : `exit code ${code}`;
      alive = false;
      resolve();
    });
  });
  const child = {
    name,
    proc,
    exited,
    running: () => alive,
    output: () =>
      `${name} ${alive ? 'is running' : `stopped (${exitInfo})`}; its last output:\n  ${lines.join('\n  ') || '(none)'}`,
  };
  children.add(child);
  return child;
}

/** SIGTERM, then SIGKILL after 5 s if it is still there. */
async function stopChild(child) {
  if (child.running()) {
    child.proc.kill('SIGTERM');
    await Promise.race([child.exited, delay(5000)]);
    if (child.running()) {
      child.proc.kill('SIGKILL');
      await child.exited;
    }
  }
  children.delete(child);
}

/** Stops both servers and removes the temp dir; safe to call more than once. */
function cleanup() {
  cleaning ??= (async () => {
    if (currentRun) currentRun.stop();
    await Promise.all([...children].map(stopChild));
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
    tempDir = null;
  })();
  return cleaning;
}

// Last resort if the process exits some other way: nothing asynchronous can run here.
process.on('exit', () => {
  for (const child of children) if (child.running()) child.proc.kill('SIGKILL');
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (interrupted) process.exit(130); // second signal: the exit handler kills what is left
    interrupted = true;
    console.error(`\n${signal}: stopping the servers and removing ${tempDir ?? 'the temp dir'}...`);
    cleanup().finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** A port that was free a moment ago on HOST. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Polls url until it answers 200, failing fast if the child exits and after START_TIMEOUT_MS. */
async function waitHealthy(child, url) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (!child.running()) throw new Error(`${child.name} did not start.\n${child.output()}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status === 200) return;
      last = `HTTP ${res.status}`;
    } catch (error) {
      last = error.cause?.code ?? error.message;
    }
    await delay(200);
  }
  throw new Error(
    `${child.name} did not answer 200 on ${url} within ${START_TIMEOUT_MS / 1000} s (last: ${last}).\n${child.output()}`,
  );
}

/** One request; returns status, headers and the exact body bytes. */
/** A request as autocannon sends it: no compression asked for (fetch would otherwise ask for gzip). */
async function request(url, { method = 'GET', headers = {}, body } = {}) {
  const res = await fetch(url, {
    method,
    headers: { 'accept-encoding': 'identity', ...headers },
    body,
    signal: AbortSignal.timeout(10_000),
  });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

/** Runs autocannon once, keeping a handle so that a signal can stop it. */
function cannon(options) {
  if (interrupted) return Promise.reject(new Error('interrupted'));
  return new Promise((resolve, reject) => {
    currentRun = autocannon(options, (error, result) => {
      currentRun = null;
      if (error) reject(error);
      else resolve(result);
    });
  });
}

/** Throws unless every response of the run had the expected status and nothing failed. */
function checkRun(label, result, expectStatus) {
  const problems = [];
  if (result.errors) problems.push(`${result.errors} connection errors`);
  if (result.timeouts) problems.push(`${result.timeouts} timeouts`);
  if (result.mismatches) problems.push(`${result.mismatches} body mismatches`);
  for (const [code, { count }] of Object.entries(result.statusCodeStats)) {
    if (Number(code) !== expectStatus) problems.push(`${count} responses with HTTP ${code}`);
  }
  if (!result.statusCodeStats[expectStatus]?.count) problems.push(`no HTTP ${expectStatus} responses at all`);
  if (problems.length > 0) throw new Error(`${label}: ${problems.join(', ')} (expected only HTTP ${expectStatus})`);
}

const fmtInt = (n) => Math.round(n).toLocaleString('en-US');
const fmtPct = (x) => `${(x * 100).toFixed(1)}%`;
const fmtUs = (n) => (Number.isFinite(n) ? n.toFixed(0) : '-');

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** CPU time (user + system) a process has used so far, in µs; NaN where /proc is not available. */
function cpuMicros(pid) {
  try {
    // Fields 14 and 15 of /proc/<pid>/stat, counted after the ")" that closes the command name.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1e6) / CLOCK_TICKS;
  } catch {
    return Number.NaN;
  }
}

function printTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

// ---------------------------------------------------------------------------------------------
// The benchmark

async function main() {
  if (!Number.isFinite(SECONDS) || SECONDS < 1)
    throw new Error(`BENCH_SECONDS must be a number >= 1, not ${process.env.BENCH_SECONDS}`);
  if (!Number.isInteger(ROUNDS) || ROUNDS < 1)
    throw new Error(`BENCH_ROUNDS must be a whole number >= 1, not ${process.env.BENCH_ROUNDS}`);
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: build first (npm run bench:api does)`);
  const answers = readFileSync(EXAMPLE_ANSWERS, 'utf8');

  const cpuList = cpus();
  console.log(
    `node ${process.version}, ${availableParallelism()} CPUs (${cpuList[0]?.model.trim() ?? 'unknown model'}), ${process.platform}/${process.arch}`,
  );
  console.log(
    PINNED
      ? 'load generator pinned to core 0, each server to core 1'
      : 'no CPU pinning (taskset missing or a single core)',
  );
  const load = loadavg()[0];
  console.log(
    `load average ${load.toFixed(2)}${load > availableParallelism() / 2 ? ' (the machine is busy: expect noisy numbers)' : ''}`,
  );
  console.log(
    `autocannon: ${CONNECTIONS} connections, pipelining ${PIPELINING}, ${ROUNDS} rounds of ${SECONDS} s per server and scenario after a ${WARMUP_SECONDS} s warm-up; client and servers share this machine; latency resolution 1 ms`,
  );

  tempDir = mkdtempSync(join(tmpdir(), 'painpath-bench-'));

  // 1. The API, on a fresh database, and the bytes it serves.
  const apiPort = await freePort();
  const api = startChild('API (dist/main.js)', [API_MAIN], {
    ...process.env,
    DATABASE_URL: `file:${join(tempDir, 'bench.db')}`,
    PORT: String(apiPort),
    HOST,
    COOKIE_SECURE: 'false',
    // The per-address limit on evaluate protects a public server; one load generator is one address.
    RATE_LIMIT_EVALUATE_PER_MINUTE: String(1_000_000_000),
  });
  const apiBase = `http://${HOST}:${apiPort}`;
  let started = Date.now();
  await waitHealthy(api, `${apiBase}/api/v1/health`);
  console.log(`API up on port ${apiPort} in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const catalog = await request(`${apiBase}/api/v1/catalog/published`);
  if (catalog.status !== 200)
    throw new Error(
      `GET /api/v1/catalog/published answered HTTP ${catalog.status}: ${catalog.body.toString('utf8', 0, 500)}`,
    );
  const etag = catalog.headers.get('etag');
  if (!etag || !/^"[^"]+"$/.test(etag)) throw new Error(`the published catalog has no strong ETag (got ${etag})`);
  const evaluation = await request(`${apiBase}/api/v1/assessments/evaluate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: answers,
  });
  if (evaluation.status !== 200)
    throw new Error(
      `POST /api/v1/assessments/evaluate answered HTTP ${evaluation.status}: ${evaluation.body.toString('utf8', 0, 500)}`,
    );
  writeFileSync(join(tempDir, 'catalog.json'), catalog.body);
  writeFileSync(join(tempDir, 'catalog.etag'), etag);
  writeFileSync(join(tempDir, 'evaluate.json'), evaluation.body);
  // The floor sends the same bytes, headers included: the API's security headers (CSP, HSTS...)
  // are part of every response it writes, so the bare server replays them too.
  writeFileSync(join(tempDir, 'headers.json'), JSON.stringify(replayableHeaders(catalog.headers)));
  console.log(
    `catalog ${fmtInt(catalog.body.length)} bytes, ETag ${etag}; evaluate response ${fmtInt(evaluation.body.length)} bytes`,
  );

  // 2. The bare Fastify server with the same bytes.
  let barePort = await freePort();
  while (barePort === apiPort) barePort = await freePort();
  const bare = startChild('bare Fastify (bench/bare-server.mjs)', [BARE_SERVER, tempDir], {
    ...process.env,
    PORT: String(barePort),
    HOST,
  });
  const bareBase = `http://${HOST}:${barePort}`;
  started = Date.now();
  await waitHealthy(bare, `${bareBase}/health`);
  console.log(`bare server up on port ${barePort} in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  // 3. The same-work floor: plain Fastify doing what an evaluate request needs (parse, validate,
  // evaluate, serialise), so the API's own cost per request shows apart from the work itself.
  let workPort = await freePort();
  while (workPort === apiPort || workPort === barePort) workPort = await freePort();
  const work = startChild('same-work Fastify (bench/same-work-server.mjs)', [SAME_WORK_SERVER, tempDir], {
    ...process.env,
    PORT: String(workPort),
    HOST,
  });
  const workBase = `http://${HOST}:${workPort}`;
  started = Date.now();
  await waitHealthy(work, `${workBase}/health`);
  console.log(`same-work server up on port ${workPort} in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const scenarios = [
    {
      name: 'catalog 200',
      status: 200,
      body: catalog.body,
      api: '/api/v1/catalog/published',
      bare: '/catalog',
      request: { method: 'GET' },
    },
    {
      name: 'catalog 304',
      status: 304,
      body: Buffer.alloc(0),
      api: '/api/v1/catalog/published',
      bare: '/catalog',
      request: { method: 'GET', headers: { 'if-none-match': etag } },
    },
    {
      name: 'evaluate',
      status: 200,
      body: evaluation.body,
      api: '/api/v1/assessments/evaluate',
      bare: '/evaluate',
      'same-work': '/evaluate',
      request: { method: 'POST', headers: { 'content-type': 'application/json' }, body: answers },
    },
  ];
  const allTargets = [
    { label: 'API', server: api, base: apiBase, path: (s) => s.api },
    { label: 'bare', server: bare, base: bareBase, path: (s) => s.bare },
    { label: 'same-work', server: work, base: workBase, path: (s) => s['same-work'] },
  ];
  /** The servers a scenario runs on: the same-work floor only does evaluate. */
  const targetsOf = (s) => allTargets.filter((t) => t.path(s) !== undefined);

  // Both servers must give the same answers before their speed is compared.
  for (const s of scenarios) {
    for (const t of targetsOf(s)) {
      const res = await request(t.base + t.path(s), s.request);
      const what = `${t.label} ${s.name} (${s.request.method} ${t.path(s)})`;
      if (res.status !== s.status)
        throw new Error(`${what}: HTTP ${res.status}, expected ${s.status}: ${res.body.toString('utf8', 0, 500)}`);
      // The same-work floor computes its answer, so it must say the same thing, not the same bytes.
      const same =
        t.label === 'same-work'
          ? JSON.stringify(JSON.parse(res.body.toString('utf8'))) ===
            JSON.stringify(JSON.parse(s.body.toString('utf8')))
          : res.body.equals(s.body);
      if (!same)
        throw new Error(`${what}: body differs from the API's (${res.body.length} bytes, expected ${s.body.length})`);
      if (s.name.startsWith('catalog') && res.headers.get('etag') !== etag)
        throw new Error(`${what}: ETag ${res.headers.get('etag')}, expected ${etag}`);
    }
  }

  // 3. Measure. Each scenario is run on the API and the bare server in turn, ROUNDS times, so a
  // change in the machine's speed during the benchmark (other tenants, CPU steal) falls on both.
  const rounds = new Map(scenarios.map((s) => [s.name, []]));
  console.log('');
  for (const s of scenarios) {
    const options = (t) => ({
      url: t.base + t.path(s),
      connections: CONNECTIONS,
      pipelining: PIPELINING,
      ...s.request,
    });
    for (const t of targetsOf(s))
      checkRun(`${t.label} ${s.name} (warm-up)`, await cannon({ ...options(t), duration: WARMUP_SECONDS }), s.status);
    for (let round = 1; round <= ROUNDS; round++) {
      const pair = {};
      for (const t of targetsOf(s)) {
        const cpuBefore = cpuMicros(t.server.proc.pid);
        const result = await cannon({ ...options(t), duration: SECONDS });
        const cpu = cpuMicros(t.server.proc.pid) - cpuBefore;
        checkRun(`${t.label} ${s.name}`, result, s.status);
        if (!t.server.running()) throw new Error(`${t.server.output()}`);
        pair[t.label] = {
          rps: result.requests.average,
          cpuPerRequest: cpu / result.requests.total,
        };
      }
      rounds.get(s.name).push(pair);
      const work = pair['same-work'] ? `, same-work ${fmtInt(pair['same-work'].rps)} req/s` : '';
      console.log(
        `${s.name} round ${round}/${ROUNDS}: API ${fmtInt(pair.API.rps)} req/s, bare ${fmtInt(pair.bare.rps)} req/s${work}, ` +
          `API/bare ${fmtPct(pair.API.rps / pair.bare.rps)}`,
      );
    }
  }

  // 4. Report medians over the rounds; each ratio is the median of each round's own ratio.
  const ratios = new Map();
  const ratio = (pairs, floor) =>
    pairs.every((p) => p[floor]) ? median(pairs.map((p) => p.API.rps / p[floor].rps)) : undefined;
  const cell = (value, format) => (value === undefined ? '-' : format(value));
  const rows = scenarios.map((s) => {
    const pairs = rounds.get(s.name);
    const of = (label, field) => (pairs.every((p) => p[label]) ? median(pairs.map((p) => p[label][field])) : undefined);
    const toBare = ratio(pairs, 'bare');
    const toWork = ratio(pairs, 'same-work');
    ratios.set(`${s.name}/bare`, toBare);
    ratios.set(`${s.name}/same-work`, toWork);
    return [
      s.name,
      ...['API', 'bare', 'same-work'].flatMap((label) => [
        cell(of(label, 'rps'), fmtInt),
        cell(of(label, 'cpuPerRequest'), fmtUs),
      ]),
      cell(toBare, fmtPct),
      cell(toWork, fmtPct),
    ];
  });
  console.log('');
  printTable(
    [
      'scenario',
      'API req/s',
      'API CPU µs/req',
      'bare req/s',
      'bare CPU µs/req',
      'same-work req/s',
      'same-work CPU µs/req',
      'API/bare',
      'API/same-work',
    ],
    rows,
  );
  console.log(`(medians over ${ROUNDS} rounds; CPU µs/req is the server process's own CPU time per request)`);
  console.log('');
  for (const { scenario, floor, min } of TARGETS) {
    const value = ratios.get(`${scenario}/${floor}`);
    console.log(
      `target ${scenario} >= ${fmtPct(min)} of ${floor}: ${value !== undefined && value >= min ? 'met' : 'NOT met'} (${cell(value, fmtPct)})`,
    );
  }
}

let exitCode = 0;
try {
  await main();
} catch (error) {
  if (interrupted) {
    exitCode = 130; // the signal handler has reported it
  } else {
    console.error(`\n[bench:api] failed: ${error instanceof Error ? error.message : String(error)}`);
    exitCode = 1;
  }
} finally {
  await cleanup();
}
process.exit(exitCode);
