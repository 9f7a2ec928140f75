import { defaultCatalog } from '@painpath/core';
import { describe, expect, it } from 'vitest';
import { kindStates } from './row-states.ts';

const [treatment] = defaultCatalog.treatments;
const [criterion] = defaultCatalog.criteria;
if (!treatment || !criterion) throw new Error('the default catalog has treatments and criteria');

describe('kindStates', () => {
  it("takes one kind's added, modified and removed records from the diff", () => {
    const states = kindStates('treatments', [
      { kind: 'treatment', key: 'brand-new', change: 'added', after: { ...treatment, slug: 'brand-new' } },
      { kind: 'treatment', key: treatment.slug, change: 'modified', before: treatment, after: treatment },
      { kind: 'treatment', key: 'gone', change: 'removed', before: { ...treatment, slug: 'gone', name: 'Gone away' } },
      { kind: 'criterion', key: criterion.id, change: 'removed', before: criterion },
      { kind: 'settings', key: 'disclaimers', change: 'modified', before: ['a'], after: ['b'] },
    ]);
    expect(Object.fromEntries(states.byKey)).toEqual({ 'brand-new': 'new', [treatment.slug]: 'changed' });
    expect(states.deleted).toEqual([{ key: 'gone', title: 'Gone away' }]);
  });

  it('names deleted criteria by their title and finds nothing in an empty diff', () => {
    const changes = [{ kind: 'criterion', key: criterion.id, change: 'removed', before: criterion }] as const;
    expect(kindStates('criteria', changes).deleted).toEqual([{ key: criterion.id, title: criterion.title }]);
    expect(kindStates('cases', [])).toEqual({ byKey: new Map(), deleted: [] });
  });
});
