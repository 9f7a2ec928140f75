import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { EvidenceSchema, zodIssues } from './common.js';
import { TreatmentSchema } from './catalog.js';
import { defaultCatalog } from '../default-catalog/index.js';

const issues = (value: unknown) => {
  const result = z.safeParse(EvidenceSchema, value);
  return result.success ? [] : zodIssues(result.error);
};

describe('EvidenceSchema links', () => {
  it('accepts an https:// link, and evidence without a link', () => {
    expect(issues({ source: 'NICE NG59', url: 'https://www.nice.org.uk/guidance/ng59' })).toEqual([]);
    expect(issues({ source: 'NICE NG59', url: 'HTTPS://www.nice.org.uk/guidance/ng59' })).toEqual([]);
    expect(issues({ source: 'NICE NG59' })).toEqual([]);
  });

  it.each([
    'javascript:alert(document.cookie)',
    'JavaScript:alert(1)',
    'javascript://example.org/%0Aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/paper.pdf',
    'http://example.org/paper',
    '\tjavascript:alert(1)',
  ])('refuses %s with a message that says what is allowed', (url) => {
    expect(issues({ source: 'A source', url })).toEqual([
      { path: 'url', message: 'must be an https:// link (javascript:, data: and other schemes are refused)' },
    ]);
  });

  it('stores a link without the blanks around it', () => {
    expect(z.parse(EvidenceSchema, { source: 'A source', url: ' https://example.org/paper\n' }).url).toBe(
      'https://example.org/paper',
    );
  });

  it('still refuses text that is not a link at all', () => {
    const found = issues({ source: 'A source', url: 'not a link' });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((i) => i.path === 'url')).toBe(true);
  });

  it('names the field path inside a record', () => {
    const treatment = defaultCatalog.treatments[0];
    const result = z.safeParse(TreatmentSchema, {
      ...treatment,
      evidence: [{ source: 'A guideline' }, { source: 'A trial', url: 'javascript:alert(1)' }],
    });
    expect(result.success).toBe(false);
    expect(result.success ? [] : zodIssues(result.error).map((i) => i.path)).toEqual(['evidence.1.url']);
  });

  it('every link in the default catalog is https://', () => {
    const links = [...defaultCatalog.treatments, ...defaultCatalog.conditions, ...defaultCatalog.criteria]
      .flatMap((record) => record.evidence)
      .flatMap((evidence) => (evidence.url === undefined ? [] : [evidence.url]));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((url) => !url.startsWith('https://'))).toEqual([]);
  });
});

describe('EvidenceSchema review date', () => {
  it('accepts a citation with the date it was last checked, and one without', () => {
    expect(issues({ source: 'NICE NG59', reviewed: '2025-03-14' })).toEqual([]);
    expect(z.parse(EvidenceSchema, { source: 'NICE NG59', reviewed: '2025-03-14' }).reviewed).toBe('2025-03-14');
    expect(issues({ source: 'NICE NG59' })).toEqual([]);
  });

  it.each(['14/03/2025', '2025-13-01', '2025-02-30', 'last spring', ''])(
    'refuses %j at its path inside a record',
    (reviewed) => {
      const treatment = defaultCatalog.treatments[0];
      const result = z.safeParse(TreatmentSchema, { ...treatment, evidence: [{ source: 'A guideline', reviewed }] });
      expect(result.success ? [] : zodIssues(result.error)).toEqual([
        { path: 'evidence.0.reviewed', message: 'must be a date written YYYY-MM-DD' },
      ]);
    },
  );
});
