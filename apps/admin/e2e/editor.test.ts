import { defaultCatalog, type Treatment } from '@painpath/core';
import type { Page, Request } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, TABLET, screenshot, seriousA11yViolations } from '@painpath/e2e';
import { useBrowserSuite } from '@painpath/e2e/suite';
import { signIn, startCms, type Staff } from './support.ts';

interface StoredTreatment {
  version: number;
  record: Treatment;
}

describe('the treatment editor', () => {
  const suite = useBrowserSuite(startCms);

  let editor: Staff;

  beforeAll(async () => {
    editor = await suite.product.createStaff('editor');
  });

  const stored = async (slug: string): Promise<StoredTreatment> =>
    (await (await suite.product.asAdmin('GET', `/api/v1/admin/treatments/${slug}`)).json()) as StoredTreatment;

  /** A signed-in editor on one treatment's editor, with the form on screen. */
  async function openEditor(slug: string, viewport: { width: number; height: number } = DESKTOP) {
    const { context, page, problems } = await suite.open(viewport);
    await signIn(page, editor, `/admin/treatments/${slug}`);
    // Only the editor's own: Chromium logs the sign-in page's "not signed in yet" 401 before it.
    const afterSignIn = problems().length;
    await page.getByLabel('Name', { exact: true }).waitFor();
    return { context, page, problems: () => problems().slice(afterSignIn) };
  }

  const writes = (page: Page) => {
    const sent: Request[] = [];
    page.on('request', (request) => {
      if (['PUT', 'POST', 'DELETE'].includes(request.method()) && request.url().includes('/api/v1/admin/')) {
        sent.push(request);
      }
    });
    return sent;
  };

  it('an editor changes the name and a benefit, the preview follows, and saving waits for the server and stores a new version', async () => {
    const before = await stored('physical-therapy');
    const { context, page, problems } = await openEditor('physical-therapy');
    const preview = page.getByTestId('preview');

    await page.getByLabel('Name', { exact: true }).fill('Physiotherapy and exercise');
    await page.getByLabel('Benefit 1', { exact: true }).fill('Stronger muscles and **steadier** joints');
    await preview.getByRole('heading', { name: 'Physiotherapy and exercise' }).waitFor();
    await preview.locator('li strong', { hasText: 'steadier' }).waitFor();

    // Pessimistic: the button says "Saving…" and is disabled until the server has answered.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/v1/admin/treatments/physical-therapy', async (route) => {
      if (route.request().method() === 'PUT') await held;
      await route.continue();
    });
    await page.getByRole('button', { name: 'Save changes' }).click();
    const saving = page.getByRole('button', { name: 'Saving…' });
    await saving.waitFor();
    expect(await saving.isDisabled()).toBe(true);
    release();
    await page.getByText(`Saved: version ${before.version + 1}`).waitFor();

    const after = await stored('physical-therapy');
    expect(after.version).toBe(before.version + 1);
    expect(after.record.name).toBe('Physiotherapy and exercise');
    expect(after.record.benefits[0]).toBe('Stronger muscles and **steadier** joints');
    expect(after.record.benefits.slice(1)).toEqual(before.record.benefits.slice(1));
    expect(problems()).toEqual([]);
    await context.close();
  });

  it('shows an http:// evidence link and an empty name as errors beside their fields before saving, and sends nothing', async () => {
    const { context, page, problems } = await openEditor('acupuncture');
    const sent = writes(page);

    await page.getByLabel('Link 1', { exact: true }).fill('http://example.org/trial');
    await page.getByLabel('Link 1', { exact: true }).press('Tab');
    const linkError = page.locator('#field-evidence-0-url-error');
    await linkError.waitFor();
    expect(await linkError.textContent()).toContain('must be an https:// link');
    expect(await page.getByLabel('Link 1', { exact: true }).getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Name', { exact: true }).fill('');
    await page.getByLabel('Name', { exact: true }).press('Tab');
    await page.locator('#field-name-error').waitFor();

    await page.getByRole('button', { name: 'Save changes' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Some fields need correcting' });
    await summary.waitFor();
    await summary.getByRole('link', { name: /Evidence, item 1, url/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-evidence-0-url');
    expect(sent.map((request) => request.method())).toEqual([]);
    expect(problems()).toEqual([]);
    await context.close();
  });

  it('warns when the evidence was last reviewed more than two years ago', async () => {
    const { context, page, problems } = await openEditor('massage-therapy');
    const warning = page.getByText(/over two years ago: check it is still current/);
    expect(await warning.count()).toBe(0);
    await page.getByLabel('Last reviewed', { exact: true }).fill('2019-05-01');
    await warning.waitFor();
    expect(await warning.textContent()).toBe(
      'Evidence last reviewed on 1 May 2019, over two years ago: check it is still current.',
    );
    expect(problems()).toEqual([]);
    await context.close();
  });

  it('stores when each citation was last checked, warning beside one checked over two years ago', async () => {
    const before = await stored('massage-therapy');
    const { context, page, problems } = await openEditor('massage-therapy');
    const citationWarning = page.getByText(/over two years ago: check this source is still current/);
    await page.getByLabel('Checked 1', { exact: true }).fill('2020-02-01');
    await citationWarning.waitFor();
    expect(await citationWarning.textContent()).toBe(
      'Checked on 1 February 2020, over two years ago: check this source is still current.',
    );
    await page.getByLabel('Checked 1', { exact: true }).fill('2026-10-05');
    await citationWarning.waitFor({ state: 'detached' });
    // The preview shows the patient the date, as the patient app will.
    await page.getByTestId('preview').getByText('(checked on 5 October 2026)').waitFor();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText(`Saved: version ${before.version + 1}`).waitFor();
    const after = await stored('massage-therapy');
    expect(after.record.evidence[0]).toEqual({ ...before.record.evidence[0], reviewed: '2026-10-05' });
    expect(after.record.evidence.slice(1)).toEqual(before.record.evidence.slice(1));
    expect(problems()).toEqual([]);
    await context.close();
  });

  it('asks before leaving with unsaved changes (a link in the app, and closing the tab)', async () => {
    const { context, page, problems } = await openEditor('mindfulness');
    await page.getByLabel('Name', { exact: true }).fill('Mindfulness, changed');
    const nav = page.getByRole('navigation', { name: 'Main' });

    await nav.getByRole('link', { name: 'Conditions' }).click();
    const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Stay and keep editing' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(new URL(page.url()).pathname).toBe('/admin/treatments/mindfulness');
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Mindfulness, changed');

    await nav.getByRole('link', { name: 'Conditions' }).click();
    await dialog.getByRole('button', { name: 'Leave without saving' }).click();
    await page.waitForURL('**/admin/conditions');

    await page.goBack();
    await page.getByLabel('Name', { exact: true }).fill('Mindfulness, changed again');
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (d) => void d.dismiss().then(() => resolve(d.type()))),
    );
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    expect(problems()).toEqual([]);
    await context.close();
  });

  it('has no serious accessibility violation, at 1280 and 1024 px (screenshots editor-treatment)', async () => {
    for (const viewport of [DESKTOP, TABLET]) {
      const { context, page, problems } = await openEditor('nerve-block', viewport);
      await page.getByTestId('preview').getByRole('heading', { level: 3 }).waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
      await screenshot(page, 'admin', 'editor-treatment');
      expect(problems()).toEqual([]);
      await context.close();
    }
  });

  it('opens the condition, criterion and test case editors and a new treatment, each accessible and without errors (screenshots at 1024)', async () => {
    const [condition, criterion, testCase] = [
      defaultCatalog.conditions[0],
      defaultCatalog.criteria[0],
      defaultCatalog.cases[0],
    ];
    if (!condition || !criterion || !testCase) throw new Error('the default catalog lacks a record kind');
    const { context, page, problems } = await suite.open(TABLET);
    await signIn(page, editor, '/admin/treatments');
    const afterSignIn = problems().length;
    const screens = [
      { path: `/admin/conditions/${condition.slug}`, heading: condition.name, shot: 'editor-condition' },
      { path: `/admin/criteria/${criterion.id}`, heading: criterion.title, shot: 'editor-criterion' },
      { path: `/admin/cases/${testCase.id}`, heading: testCase.title, shot: 'editor-case' },
      { path: '/admin/treatments/new', heading: 'New treatment', shot: 'editor-new-treatment' },
    ];
    for (const screen of screens) {
      await page.goto(screen.path);
      await page.getByRole('heading', { level: 1, name: screen.heading }).waitFor();
      await page.getByRole('button', { name: /^(Save changes|Create treatment)$/ }).waitFor();
      if (screen.path.startsWith('/admin/cases/')) await page.getByText('Passes', { exact: true }).waitFor();
      expect(await seriousA11yViolations(page), screen.path).toEqual([]);
      await screenshot(page, 'admin', screen.shot);
    }
    expect(problems().slice(afterSignIn)).toEqual([]);
    await context.close();
  });

  it("creates a condition, showing the API's field error beside the slug when it is taken", async () => {
    const taken = defaultCatalog.conditions[0]?.slug ?? '';
    const { context, page, problems } = await suite.open();
    await signIn(page, editor, '/admin/conditions/new');
    const afterSignIn = problems().length;
    await page.getByLabel('Slug', { exact: true }).fill(taken);
    await page.getByLabel('Name', { exact: true }).fill('Knee osteoarthritis, test');
    await page.getByLabel('Summary', { exact: true }).fill('Wear of the **knee** joint.');
    await page.getByRole('button', { name: 'Create condition' }).click();
    await page.locator('#field-slug-error').getByText('already in use').waitFor();
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Knee osteoarthritis, test');

    await page.getByLabel('Slug', { exact: true }).fill('knee-oa-test');
    await page.getByRole('button', { name: 'Create condition' }).click();
    await page.waitForURL('**/admin/conditions/knee-oa-test');
    await page.getByRole('heading', { level: 1, name: 'Knee osteoarthritis, test' }).waitFor();
    const created = await suite.product.asAdmin('GET', '/api/v1/admin/conditions/knee-oa-test');
    expect(created.status).toBe(200);
    expect(((await created.json()) as { version: number }).version).toBe(1);
    // The refused create is the 409 Chromium logs.
    expect(problems().slice(afterSignIn)).toEqual([
      'console: Failed to load resource: the server responded with a status of 409 (Conflict)',
    ]);
    await context.close();
  });

  it('deletes a treatment after confirming in a dialog, then shows the list', async () => {
    const { context, page, problems } = await openEditor('kyphoplasty');
    await page.getByRole('button', { name: 'Delete treatment' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this treatment?' });
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await suite.product.asAdmin('GET', '/api/v1/admin/treatments/kyphoplasty')).status).toBe(200);

    await page.getByRole('button', { name: 'Delete treatment' }).click();
    await dialog.getByRole('button', { name: 'Delete treatment' }).click();
    await page.waitForURL('**/admin/treatments');
    expect((await suite.product.asAdmin('GET', '/api/v1/admin/treatments/kyphoplasty')).status).toBe(404);
    expect(problems()).toEqual([]);
    await context.close();
  });
});
