/* global window, document, MutationObserver, PerformanceObserver -- these run inside the page (addInitScript, evaluate) */
// The patient app's budget, measured (issue 10): initial JavaScript at most 150 KB gzip
// (core included), the catalog sent compressed, and the first question interactive within
// 1.5 s of navigation with Chromium's CPU slowed 4x. Prints figures; asserts nothing.
// Run: npm run bench:web (builds first). Needs the built API and Debian's Chromium.
import { fileURLToPath } from 'node:url';
import { initialScripts, launchBrowser, openPage, PHONE, startProduct } from '@painpath/e2e';

const DIST = fileURLToPath(new URL('../dist', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

async function catalogFigures(url) {
  const fetchWith = async (encoding) => {
    const res = await fetch(`${url}/api/v1/catalog/published`, { headers: { 'accept-encoding': encoding } });
    // Node's fetch decodes the body; the wire size is Content-Length of the encoded answer.
    return {
      encoding: res.headers.get('content-encoding') ?? 'identity',
      bytes: Number(res.headers.get('content-length')),
    };
  };
  return { identity: await fetchWith('identity'), gzip: await fetchWith('gzip'), br: await fetchWith('br, gzip') };
}

// Notes, inside the page, the moment the first question's input appears (React attaches its
// event handlers before the first commit, so from then on a tap is handled) and every long task
// (> 50 ms) after it, which would delay that tap.
const WATCH_FIRST_QUESTION = () => {
  const marks = { shown: null, longTasks: [] };
  window.__painpathBench = marks;
  new MutationObserver((_, observer) => {
    if (document.querySelector('main form input:not([disabled])')) {
      marks.shown = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      marks.longTasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  }).observe({ type: 'longtask', buffered: true });
};

/**
 * From navigation start: when the first question is on screen with its handlers, and when it is
 * interactive (the end of any long task that overlaps or follows within 50 ms of that moment).
 */
async function timeToFirstQuestion(browser, url, { warm }) {
  const { context, page } = await openPage(browser, url, PHONE);
  await page.addInitScript(WATCH_FIRST_QUESTION);
  const cdp = await context.newCDPSession(page);
  if (warm) await page.goto('/questions/age');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto('/questions/age', { waitUntil: 'commit' });
  await page.locator('main form input:not([disabled])').first().waitFor();
  await page.waitForTimeout(300);
  const { shown, longTasks } = await page.evaluate(() => window.__painpathBench);
  let interactive = shown;
  for (const task of longTasks.sort((a, b) => a.start - b.start))
    if (task.start <= interactive + 50) interactive = Math.max(interactive, task.end);
  await context.close();
  return { shown, interactive };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const product = await startProduct();
const { browser, close } = await launchBrowser();
try {
  const bundle = initialScripts(DIST);
  console.log(
    `Initial JS (${bundle.files.length} file(s)): ${kb(bundle.raw)} raw, ${kb(bundle.gzip)} gzip, ${kb(bundle.brotli)} brotli (budget 150 KB gzip)`,
  );
  const catalog = await catalogFigures(product.url);
  for (const { encoding, bytes } of Object.values(catalog))
    console.log(`Catalog as ${encoding}: ${kb(bytes)} on the wire`);
  for (const warm of [false, true]) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await timeToFirstQuestion(browser, product.url, { warm }));
    const label = warm ? 'warm cache' : 'cold cache';
    for (const key of ['shown', 'interactive']) {
      const times = runs.map((run) => run[key]);
      console.log(
        `First question ${key}, 4x CPU throttle, ${label}: median ${median(times).toFixed(0)} ms, ` +
          `min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)} over ${RUNS} runs (target < 1500 ms)`,
      );
    }
  }
} finally {
  await close();
  await product.stop();
}
