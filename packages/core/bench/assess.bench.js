// Throughput of the decision engine on one core: `npm run bench` (builds first).
// Prints assessments per second for evaluateAssessment(defaultCatalog, …) over a spread of
// realistic answers, and parseAnswers per second over the same inputs as raw JSON values.
import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { defaultCatalog, evaluateAssessment, parseAnswers } from '../dist/index.js';
import { benchAnswers } from './answers.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);

/**
 * Runs fn over the inputs round-robin in rounds of about 0.25 s for `seconds` in all, after a
 * warm-up, and returns calls per second for the median and the best round. The best round is
 * the least disturbed by other work on the machine; the median shows the typical rate.
 */
function measure(inputs, fn, seconds) {
  let sink = 0;
  for (let i = 0; i < 20000; i++) sink ^= fn(inputs[i % inputs.length]) ? 1 : 0; // warm-up: let the JIT settle
  const rates = [];
  let next = 0;
  const stop = performance.now() + seconds * 1000;
  while (performance.now() < stop) {
    const start = performance.now();
    let calls = 0;
    while (performance.now() - start < 250) {
      for (let i = 0; i < 500; i++) sink ^= fn(inputs[(next + i) % inputs.length]) ? 1 : 0;
      next = (next + 500) % inputs.length;
      calls += 500;
    }
    rates.push(calls / ((performance.now() - start) / 1000));
  }
  if (sink === 42) console.log(''); // keep the results alive
  rates.sort((a, b) => a - b);
  return { median: rates[Math.floor(rates.length / 2)], best: rates[rates.length - 1] };
}

/** Runs on one fixed core when Linux `taskset` is there, so the OS does not move the work between cores mid-run. */
function pinToOneCore() {
  try {
    const core = String(availableParallelism() - 1);
    execFileSync('taskset', ['-p', '-c', core, String(process.pid)], { stdio: 'ignore' });
    return `pinned to core ${core}`;
  } catch {
    return 'not pinned (no taskset)';
  }
}
const pinning = pinToOneCore();

const raw = benchAnswers();
const parsed = raw.map(parseAnswers);
const approaches = {};
for (const a of parsed) {
  const { approach } = evaluateAssessment(defaultCatalog, a);
  approaches[approach] = (approaches[approach] ?? 0) + 1;
}

const evaluate = measure(parsed, (a) => evaluateAssessment(defaultCatalog, a), SECONDS);
const parse = measure(raw, (a) => parseAnswers(a), SECONDS);
const both = measure(raw, (a) => evaluateAssessment(defaultCatalog, parseAnswers(a)), SECONDS);

const fmt = (n) => Math.round(n).toLocaleString('en-US');
const line = (label, unit, r) =>
  `${label} ${fmt(r.median)} ${unit}/s median, ${fmt(r.best)} best (${(1e6 / r.median).toFixed(2)} µs each at the median)`;
console.log(
  `node ${process.version}, one thread ${pinning}; ${raw.length} distinct answers, ${defaultCatalog.criteria.length} criteria, ${defaultCatalog.treatments.length} treatments`,
);
console.log(
  `outcome mix: ${Object.entries(approaches)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}`,
);
console.log(line('evaluateAssessment:', 'assessments', evaluate));
console.log(line('parseAnswers:      ', 'parses', parse));
console.log(line('parse + evaluate:  ', 'assessments', both));
const target = 100_000;
console.log(
  `target ${fmt(target)} assessments/s on one core: ${evaluate.median >= target ? 'met' : 'NOT met'} at the median`,
);
