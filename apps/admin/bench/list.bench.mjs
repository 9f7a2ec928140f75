// The CMS at scale (issue 11): seeds 1,000 extra draft treatments through the API, then prints
// the server time for one list page and the time to open the Treatments list in Chromium, plus
// the CMS's production bundle. Prints figures; asserts nothing. Run: npm run bench:admin.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultCatalog } from '@painpath/core';
import { initialScripts, launchBrowser, openPage, DESKTOP, startProduct } from '@painpath/e2e';

const DIST = fileURLToPath(new URL('../dist', import.meta.url));
const SEED = Number(process.env.BENCH_TREATMENTS ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const ADMIN = { email: 'bench@painpath.test', password: 'Bench-Harbour-Violet-8814' };
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function bundleFigures() {
  const assets = join(DIST, 'assets');
  const files = readdirSync(assets).filter((f) => /\.(js|css)$/.test(f));
  const sum = (suffix, ext) =>
    files.filter((f) => f.endsWith(ext)).reduce((total, f) => total + statSync(join(assets, f + suffix)).size, 0);
  return {
    js: { raw: sum('', '.js'), gzip: sum('.gz', '.js') },
    css: { raw: sum('', '.css'), gzip: sum('.gz', '.css') },
  };
}

async function signIn(url) {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';', 1)[0])
    .join('; ');
}

async function seedTreatments(url, cookie) {
  const template = defaultCatalog.treatments[0];
  const started = performance.now();
  for (let i = 0; i < SEED; i++) {
    const slug = `bench-treatment-${String(i).padStart(4, '0')}`;
    const res = await fetch(`${url}/api/v1/admin/treatments`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ ...template, slug, name: `Bench treatment ${i}` }),
    });
    if (res.status !== 201) throw new Error(`seeding ${slug}: ${res.status} ${await res.text()}`);
  }
  return performance.now() - started;
}

/** Server time for one list page: the API's own handling, as the client sees it on loopback. */
async function listPageTimes(url, cookie, query) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const res = await fetch(`${url}/api/v1/admin/treatments?${query}`, { headers: { cookie } });
    await res.arrayBuffer();
    times.push(performance.now() - started);
  }
  return times;
}

/** From navigation to the Treatments list until its first page of rows is on screen. */
async function openListTimes(browser, url, cookie) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const { context, page } = await openPage(browser, url, DESKTOP);
    const [name, value] =
      cookie
        .split('; ')
        .map((c) => c.split('='))
        .find(([n]) => n.includes('session')) ?? [];
    if (name) await context.addCookies([{ name, value, url }]);
    await page.goto('/admin/treatments', { waitUntil: 'commit' });
    await page.locator('table tbody tr').first().waitFor();
    times.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  return times;
}

const product = await startProduct({ PAINPATH_ADMIN_EMAIL: ADMIN.email, PAINPATH_ADMIN_PASSWORD: ADMIN.password });
const { browser, close } = await launchBrowser();
try {
  const bundle = bundleFigures();
  console.log(
    `CMS bundle, every chunk: JS ${kb(bundle.js.raw)} raw, ${kb(bundle.js.gzip)} gzip; CSS ${kb(bundle.css.raw)} raw, ${kb(bundle.css.gzip)} gzip`,
  );
  const initial = initialScripts(DIST, '/admin/');
  console.log(
    `CMS initial JS (${initial.files.length} files, the rest loads per screen): ${kb(initial.raw)} raw, ${kb(initial.gzip)} gzip, ${kb(initial.brotli)} brotli`,
  );
  const cookie = await signIn(product.url);
  const seeded = await seedTreatments(product.url, cookie);
  console.log(`Seeded ${SEED} draft treatments through the API in ${(seeded / 1000).toFixed(1)} s`);
  for (const query of [
    'page=1&pageSize=20',
    'page=50&pageSize=20',
    'q=bench%20treatment%209&sort=title&order=desc&pageSize=20',
  ]) {
    const times = await listPageTimes(product.url, cookie, query);
    console.log(
      `GET /admin/treatments?${query}: median ${median(times).toFixed(1)} ms (min ${Math.min(...times).toFixed(1)}) over ${RUNS}`,
    );
  }
  const open = await openListTimes(browser, product.url, cookie);
  console.log(
    `Open the Treatments list (${SEED + defaultCatalog.treatments.length} records) in Chromium: median ${median(open).toFixed(0)} ms from navigation to rows on screen (min ${Math.min(...open).toFixed(0)}) over ${RUNS}`,
  );
} finally {
  await close();
  await product.stop();
}
