import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { defaultCatalog } from '@painpath/core';
import { DESKTOP, screenshot, seriousA11yViolations, TABLET } from '@painpath/e2e';
import { useBrowserSuite } from '@painpath/e2e/suite';
import { ADMIN, signIn, startCms, unexpected, type Cms } from './support.ts';

/** The titles in the table, top to bottom. */
const titles = (page: Page) => page.locator('table.record-table tbody tr td:first-child').allTextContents();

/** Waits until the address and the table agree on a new state. */
async function waitForRows(page: Page, expected: (rows: string[]) => boolean) {
  await expect.poll(async () => expected(await titles(page)), { timeout: 10_000 }).toBe(true);
}

describe('the record lists', () => {
  const suite = useBrowserSuite(startCms);

  beforeAll(async () => {
    await changeDrafts(suite.product);
  });

  it('pages on the server with the page size from the address, and back/forward keep the page', async () => {
    const { context, page, problems } = await suite.open();
    await signIn(page, ADMIN, '/admin/treatments?pageSize=5');
    await page.getByText('Page 1 of 4').waitFor();
    expect(await titles(page)).toHaveLength(5);
    const first = await titles(page);
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.getByText('Page 2 of 4').waitFor();
    expect(new URL(page.url()).searchParams.get('page')).toBe('2');
    // The page number changes at once; the previous rows stay (aria-busy) until page 2 answers.
    await waitForRows(page, (rows) => rows.length === 5 && !rows.some((title) => first.includes(title)));
    await page.goBack();
    await page.getByText('Page 1 of 4').waitFor();
    await waitForRows(page, (rows) => rows.join() === first.join());
    await page.reload();
    await page.getByText('Page 1 of 4').waitFor();
    await waitForRows(page, (rows) => rows.join() === first.join());
    expect(await page.getByRole('button', { name: 'Previous page' }).isDisabled()).toBe(true);
    expect(unexpected(problems())).toEqual([]);
    await context.close();
  });

  it('sorts by clicking column headers (aria-sort) and keeps the sort in the address', async () => {
    const { context, page, problems } = await suite.open();
    await signIn(page, ADMIN, '/admin/treatments');
    const titleHeader = page.getByRole('columnheader', { name: 'Title' });
    await titleHeader.getByRole('button').click();
    await waitForRows(page, (rows) => rows[0] === 'Acupuncture');
    expect(await titleHeader.getAttribute('aria-sort')).toBe('ascending');
    await titleHeader.getByRole('button').click();
    await waitForRows(page, (rows) => rows[0] === 'Trigger point injection');
    expect(await titleHeader.getAttribute('aria-sort')).toBe('descending');
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({ sort: 'title', order: 'desc' });
    await page.reload();
    await waitForRows(page, (rows) => rows[0] === 'Trigger point injection');
    const keyHeader = page.getByRole('columnheader', { name: 'Key' });
    await keyHeader.getByRole('button').click();
    await waitForRows(page, (rows) => rows[0] === 'Acupuncture' && rows[1] === 'Aquatic therapy');
    expect(await keyHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(await titleHeader.getAttribute('aria-sort')).toBe('none');
    expect(unexpected(problems())).toEqual([]);
    await context.close();
  });

  it('searches (debounced, in the address), filters by approach and says when nothing matches', async () => {
    const { context, page, problems } = await suite.open();
    await signIn(page, ADMIN, '/admin/treatments');
    await page.getByLabel('Search treatments').fill('injection');
    await waitForRows(page, (rows) => rows.length === 3);
    expect(new URL(page.url()).searchParams.get('q')).toBe('injection');
    await page.getByLabel('Approach').selectOption('conservative');
    await page.getByText('No treatments match “injection”, conservative.').waitFor();
    await page.getByLabel('Search treatments').fill('');
    await waitForRows(page, (rows) => rows.length === 8);
    expect(await page.getByText('8 treatments').count()).toBe(1);
    // Typing replaces the history entry; choosing a filter adds one, so back returns to the search alone.
    await page.goBack();
    await waitForRows(page, (rows) => rows.length === 3);
    expect(await page.getByLabel('Search treatments').inputValue()).toBe('injection');
    expect(await page.getByLabel('Approach').inputValue()).toBe('');
    expect(unexpected(problems())).toEqual([]);
    await context.close();
  });

  it('marks changed and new rows, lists records deleted since live, and filters by that state', async () => {
    const { context, page, problems } = await suite.open();
    await signIn(page, ADMIN, '/admin/treatments?pageSize=50');
    const row = (title: string) =>
      page.getByRole('row').filter({ has: page.getByRole('link', { name: title, exact: true }) });
    await row('Nerve block').getByText('Changed').waitFor();
    await row('Aquatic therapy').getByText('New').waitFor();
    expect(await row('Acupuncture').locator('.badge').count()).toBe(0);
    const deleted = page.locator('.record-list__state-line');
    expect(await deleted.textContent()).toContain('Massage therapy (massage-therapy)');
    await page.getByLabel('Draft vs live').selectOption('changed');
    await waitForRows(page, (rows) => rows.join() === 'Nerve block');
    await page.getByLabel('Draft vs live').selectOption('new');
    await waitForRows(page, (rows) => rows.join() === 'Aquatic therapy');
    expect(new URL(page.url()).searchParams.get('state')).toBe('new');
    expect(await page.getByRole('link', { name: 'New treatment' }).getAttribute('href')).toBe('/admin/treatments/new');
    expect(await row('Aquatic therapy').getByRole('link').getAttribute('href')).toBe(
      '/admin/treatments/aquatic-therapy',
    );
    expect(unexpected(problems())).toEqual([]);
    await context.close();
  });

  it('shows an editor the same draft-vs-live state', async () => {
    const { context, page, problems } = await suite.open();
    await signIn(page, await suite.product.createStaff('editor'), '/admin/treatments?state=changed');
    await waitForRows(page, (rows) => rows.join() === 'Nerve block');
    expect(await page.locator('.record-list__state-line').textContent()).toContain('Massage therapy');
    expect(unexpected(problems())).toEqual([]);
    await context.close();
  });

  it('has no serious accessibility problem on any list, at 1280 and 1024 px', async () => {
    for (const viewport of [DESKTOP, TABLET]) {
      const { context, page, problems } = await suite.open(viewport);
      await signIn(page, ADMIN, '/admin/treatments');
      for (const [kind, heading] of [
        ['treatments', 'Treatments'],
        ['conditions', 'Conditions'],
        ['criteria', 'Criteria'],
        ['cases', 'Test cases'],
      ] as const) {
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: heading }).click();
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        await page.locator('table.record-table[aria-busy="false"] tbody tr').first().waitFor();
        expect(await seriousA11yViolations(page), kind).toEqual([]);
        if (kind === 'treatments') {
          await page.getByText('Deleted').first().waitFor();
          await screenshot(page, 'admin', 'list-treatments');
        }
      }
      expect(unexpected(problems())).toEqual([]);
      await context.close();
    }
  });
});

/**
 * Draft changes made over HTTP, chosen so the other tests' counts and orders hold: one
 * conservative treatment added ("Aquatic therapy") and one deleted, one changed without a new title.
 */
async function changeDrafts(cms: Cms) {
  const nerve = await cms.asAdmin('GET', '/api/v1/admin/treatments/nerve-block');
  const { record } = (await nerve.json()) as { record: Record<string, unknown> };
  const put = await cms.asAdmin(
    'PUT',
    '/api/v1/admin/treatments/nerve-block',
    { ...record, summary: `${String(record.summary)} Changed in a test.` },
    { 'if-match': nerve.headers.get('etag') ?? '' },
  );
  expect(put.status).toBe(200);
  const base = defaultCatalog.treatments.find((t) => t.slug === 'massage-therapy');
  const created = await cms.asAdmin('POST', '/api/v1/admin/treatments', {
    ...base,
    slug: 'aquatic-therapy',
    name: 'Aquatic therapy',
  });
  expect(created.status).toBe(201);
  const massage = await cms.asAdmin('GET', '/api/v1/admin/treatments/massage-therapy');
  const gone = await cms.asAdmin('DELETE', '/api/v1/admin/treatments/massage-therapy', undefined, {
    'if-match': massage.headers.get('etag') ?? '',
  });
  expect(gone.status).toBe(204);
}
