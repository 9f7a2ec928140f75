// Throughput of the decision engine on one core: `npm run bench` (builds first).
// Prints assessments per second for evaluateAssessment(defaultCatalog, …) over a spread of
// realistic answers, and parseAnswers per second over the same inputs as raw JSON values.
import { performance } from 'node:perf_hooks';
import { defaultCatalog, evaluateAssessment, parseAnswers } from '../dist/index.js';
import { benchAnswers } from './answers.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);

/** Runs fn over the inputs round-robin for `seconds`, returning calls per second. */
function measure(inputs, fn, seconds) {
  let sink = 0;
  for (let i = 0; i < 2000; i++) sink ^= fn(inputs[i % inputs.length]) ? 1 : 0; // warm-up
  let calls = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  let now = start;
  while (now < end) {
    for (let i = 0; i < 500; i++) sink ^= fn(inputs[(calls + i) % inputs.length]) ? 1 : 0;
    calls += 500;
    now = performance.now();
  }
  if (sink === 42) console.log(''); // keep the results alive
  return { perSecond: calls / ((now - start) / 1000), microseconds: ((now - start) * 1000) / calls };
}

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
console.log(`node ${process.version}, ${raw.length} distinct answers, ${defaultCatalog.criteria.length} criteria, ${defaultCatalog.treatments.length} treatments`);
console.log(`outcome mix: ${Object.entries(approaches).map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`evaluateAssessment: ${fmt(evaluate.perSecond)} assessments/s (${evaluate.microseconds.toFixed(2)} µs each)`);
console.log(`parseAnswers:       ${fmt(parse.perSecond)} parses/s (${parse.microseconds.toFixed(2)} µs each)`);
console.log(`parse + evaluate:   ${fmt(both.perSecond)} per second (${both.microseconds.toFixed(2)} µs each)`);
const target = 100_000;
console.log(`target ${fmt(target)} assessments/s: ${evaluate.perSecond >= target ? 'met' : 'NOT met'}`);
