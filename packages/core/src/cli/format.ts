import type { Catalog } from '../schemas/catalog.js';
import type { Recommendation, TraceCheck } from '../schemas/recommendation.js';

const APPROACH_TEXT: Record<Recommendation['approach'], string> = {
  'urgent-referral': 'See a clinician first: a warning sign needs checking before any planned treatment',
  'conservative-first': 'Start with conservative care; no procedure is on offer now',
  combined: 'Conservative care, with a procedure alongside it',
  'consider-interventional': 'Conservative care has not worked: a procedure is worth discussing with a specialist',
};

/** A plain-text rendering of a Recommendation for the terminal. */
export function formatRecommendation(result: Recommendation, catalog: Catalog): string {
  const name = (slug: string) => catalog.treatments.find((t) => t.slug === slug)?.name ?? slug;
  const lines = [`Approach: ${APPROACH_TEXT[result.approach]} (${result.approach})`];
  if (result.urgency) lines.push(`${result.urgency.level.toUpperCase()}: ${result.urgency.message}`);
  for (const status of ['recommended', 'consider', 'caution', 'deferred', 'excluded'] as const) {
    const options = result.options.filter((o) => o.status === status);
    if (options.length === 0) continue;
    lines.push('', `${status}:`);
    for (const option of options) {
      lines.push(`  - ${name(option.treatment)}: ${option.reasons[0]?.text ?? ''}`);
      for (const caution of option.cautions) lines.push(`      caution (${caution.risk}): ${caution.text}`);
      for (const note of option.notes) lines.push(`      note: ${note.text}`);
    }
  }
  if (result.notes.length > 0) lines.push('', 'Also:', ...result.notes.map((n) => `  - ${n.text}`));
  lines.push('', ...formatMatchedChecks(result));
  lines.push('', ...result.disclaimers.map((d) => `Note: ${d}`));
  return lines.join('\n');
}

const showValue = (value: unknown) => (value === null ? 'not answered' : JSON.stringify(value));

function formatCheck(check: TraceCheck): string {
  const depth = check.path.split('.').filter((part) => part === 'all' || part === 'any' || part === 'not').length;
  const mark = check.held ? 'yes' : 'no ';
  const what =
    check.kind === 'compare'
      ? `${check.fact} ${check.op} ${showValue(check.expected)} (is ${showValue(check.actual)})`
      : check.kind === 'ref'
        ? `criterion ${check.criterion}`
        : check.kind;
  return `  ${'  '.repeat(depth)}[${mark}] ${what}`;
}

/** The structured checks of every criterion that matched: what each looked at and what it found. */
function formatMatchedChecks(result: Recommendation): string[] {
  const matched = result.trace.filter((t) => t.matched && t.checks);
  if (matched.length === 0) return [];
  return [
    'Why (criteria that matched, and the checks they made):',
    ...matched.flatMap((t) => [` ${t.criterion}`, ...(t.checks ?? []).map(formatCheck)]),
  ];
}
