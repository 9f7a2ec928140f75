import { canonicalJson, runCases, type CaseResult, type Catalog } from '@painpath/core';
import { DRAFT_KIND_LIST, keyOf } from '../drafts/draft-kinds.js';

export interface RecordChange {
  kind: string;
  key: string;
  change: 'added' | 'removed' | 'modified';
  before?: unknown;
  after?: unknown;
}

/** Record-by-record differences between the live catalog and the draft. */
export function diffCatalogs(live: Catalog, draft: Catalog): RecordChange[] {
  const changes: RecordChange[] = [];
  for (const kind of DRAFT_KIND_LIST) {
    const index = (catalog: Catalog) => {
      const records: readonly unknown[] = catalog[kind.catalogKey];
      return new Map(records.map((r) => [keyOf(kind, r), r]));
    };
    const before = index(live);
    const after = index(draft);
    for (const [key, record] of after) {
      const old = before.get(key);
      if (old === undefined) changes.push({ kind: kind.kind, key, change: 'added', after: record });
      else if (canonicalJson(old) !== canonicalJson(record))
        changes.push({ kind: kind.kind, key, change: 'modified', before: old, after: record });
    }
    for (const [key, record] of before)
      if (!after.has(key)) changes.push({ kind: kind.kind, key, change: 'removed', before: record });
  }
  if (canonicalJson(live.disclaimers) !== canonicalJson(draft.disclaimers)) {
    changes.push({
      kind: 'settings',
      key: 'disclaimers',
      change: 'modified',
      before: live.disclaimers,
      after: draft.disclaimers,
    });
  }
  return changes;
}

export interface CaseImpact {
  id: string;
  title: string;
  live: { approach: string | null; passed: boolean } | null;
  draft: { approach: string | null; passed: boolean; failures: string[] };
}

/**
 * Which stored clinical test cases (the draft's) change outcome between live and draft:
 * a different approach, or a different pass/fail. Cases new in the draft are listed too.
 */
export function caseImpact(live: Catalog, draft: Catalog): CaseImpact[] {
  const safeRun = (catalog: Catalog): Map<string, CaseResult> => {
    try {
      return new Map(runCases(catalog, draft.cases).results.map((r) => [r.id, r]));
    } catch {
      return new Map();
    }
  };
  const before = safeRun(live);
  const after = safeRun(draft);
  const impacts: CaseImpact[] = [];
  for (const [id, now] of after) {
    const then = before.get(id);
    if (then && then.approach === now.approach && then.passed === now.passed) continue;
    impacts.push({
      id,
      title: now.title,
      live: then ? { approach: then.approach, passed: then.passed } : null,
      draft: { approach: now.approach, passed: now.passed, failures: now.failures },
    });
  }
  return impacts;
}
