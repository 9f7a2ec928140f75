import type { Answers } from '../schemas/answers.js';
import type { Catalog } from '../schemas/catalog.js';
import type { Approach, OptionStatus, UrgencyLevel } from '../schemas/common.js';
import type { Recommendation, TraceEntry, TreatmentOption } from '../schemas/recommendation.js';
import { AnswersValidationError, checkAnswersAgainstCatalog } from '../answers.js';
import { deriveFacts, FACT_INDEX, type DerivedFacts } from '../facts/registry.js';
import { scoreInstruments } from '../instruments/registry.js';
import { Notes } from '../rules/compile.js';
import {
  compileCatalog,
  OFFERED,
  type Caution,
  type CompiledCatalog,
  type CompiledCriterion,
  type CompiledTreatment,
  type ElectiveApproach,
  type Reason,
} from './compiled-catalog.js';

export { CORE_DISCLAIMER } from './compiled-catalog.js';

const APPROACH_RANK: Record<ElectiveApproach, number> = {
  'conservative-first': 0,
  combined: 1,
  'consider-interventional': 2,
};

const SAFETY_NET_ID = 'engine-red-flag-safety-net';
const SAFETY_NET_MESSAGE =
  'You reported a warning sign. Please have a clinician check it soon, before any planned pain treatment.';
const ANY_RED_FLAG = FACT_INDEX.get('anyRedFlag')!;
const RED_FLAGS_INVESTIGATED = FACT_INDEX.get('redFlagsInvestigated')!;

interface UrgencyFinding {
  level: UrgencyLevel;
  message: string;
  criterion: string;
}

/** What the criteria said, gathered while they run. Statuses and cautions are read off `matched` afterwards. */
interface Findings {
  /** Whether each criterion matched, by its position in the compiled catalog. */
  matched: (boolean | undefined)[];
  trace: TraceEntry[];
  raised: ElectiveApproach;
  set: ElectiveApproach | null;
  urgency: UrgencyFinding[];
}

function applyEffects(findings: Findings, criterion: CompiledCriterion): void {
  for (const effect of criterion.effects) {
    switch (effect.kind) {
      case 'raise':
        if (APPROACH_RANK[effect.approach] > APPROACH_RANK[findings.raised]) findings.raised = effect.approach;
        break;
      case 'set':
        // Criteria run highest priority first, so the first set-approach wins.
        findings.set ??= effect.approach;
        break;
      case 'urgency':
        findings.urgency.push({ level: effect.level, message: effect.message, criterion: criterion.id });
        break;
    }
  }
}

/** Runs every criterion in order, tracing each; refs to other criteria are evaluated once and remembered. */
function runCriteria(compiled: CompiledCatalog, facts: DerivedFacts): Findings {
  const { criteria } = compiled;
  const known: (boolean | undefined)[] = [];
  const findings: Findings = { matched: known, trace: new Array<TraceEntry>(criteria.length), raised: 'conservative-first', set: null, urgency: [] };
  const resolve = (index: number): boolean => {
    const cached = known[index];
    if (cached !== undefined) return cached;
    known[index] = false; // breaks reference cycles in catalogs that were never validated
    return (known[index] = criteria[index]!.when(facts, resolve, null));
  };
  const notes = new Notes();
  for (let i = 0; i < criteria.length; i++) {
    const criterion = criteria[i]!;
    notes.text = '';
    const matched = criterion.when(facts, resolve, notes);
    known[i] = matched;
    findings.trace[i] = { criterion: criterion.id, matched, detail: notes.text || 'always applies' };
    if (matched) applyEffects(findings, criterion);
  }
  return findings;
}

function option(treatment: CompiledTreatment, status: OptionStatus, reasons: Reason[], cautions: Caution[]): TreatmentOption {
  return { treatment: treatment.slug, approach: treatment.approach, status, reasons, cautions };
}

/** The first status whose criterion matched decides; every matched reason is kept, deciding ones first. */
function resolveOption(treatment: CompiledTreatment, matched: Findings['matched']): TreatmentOption {
  let status: OptionStatus | null = null;
  const reasons: Reason[] = [];
  for (const source of treatment.statuses) {
    if (!matched[source.criterion]) continue;
    status ??= source.status;
    reasons.push(source.reason);
  }
  const cautions: Caution[] = [];
  for (const source of treatment.cautions) if (matched[source.criterion]) cautions.push(source.caution);
  return status === null
    ? option(treatment, 'not-indicated', [treatment.notIndicated], cautions)
    : option(treatment, status, reasons, cautions);
}

interface Urgency {
  level: UrgencyLevel;
  message: string;
  criteria: string[];
}

function resolveUrgency(found: readonly UrgencyFinding[], facts: DerivedFacts): Urgency | null {
  if (found.length === 0) {
    // Safety net: a red flag always leads to referral, even if the catalog lost its red-flag criteria.
    if (facts.values[ANY_RED_FLAG] === true && facts.values[RED_FLAGS_INVESTIGATED] !== true) {
      return { level: 'urgent', message: SAFETY_NET_MESSAGE, criteria: [SAFETY_NET_ID] };
    }
    return null;
  }
  const ordered = [...found.filter((u) => u.level === 'emergency'), ...found.filter((u) => u.level !== 'emergency')];
  return {
    level: ordered[0]!.level,
    message: [...new Set(ordered.map((u) => u.message))].join(' '),
    criteria: ordered.map((u) => u.criterion),
  };
}

/** Under a referral no elective option is offered: each one is put on hold, keeping why it was offered. */
function holdForReferral(options: TreatmentOption[], urgency: Urgency): TreatmentOption[] {
  const hold: Reason = {
    criterion: urgency.criteria[0] ?? SAFETY_NET_ID,
    text: 'On hold until a clinician has checked the warning signs reported.',
  };
  return options.map((o) => (OFFERED.has(o.status) ? { ...o, status: 'deferred', reasons: [hold, ...o.reasons] } : o));
}

function resolveApproach(findings: Findings, options: readonly TreatmentOption[]): Approach {
  const approach = findings.set ?? findings.raised;
  if (approach === 'conservative-first') return approach;
  const interventionalOffered = options.some((o) => o.approach === 'interventional' && OFFERED.has(o.status));
  if (interventionalOffered) return approach;
  findings.trace.push({
    criterion: 'engine-approach-check',
    matched: true,
    detail: `approach ${approach} needs an interventional option on offer, but every one is excluded, deferred or not indicated; approach is conservative-first`,
  });
  return 'conservative-first';
}

/**
 * The decision engine. Deterministic: the same catalog and answers always give the same
 * Recommendation. Throws AnswersValidationError when the answers name a condition or a
 * conservative treatment the catalog does not have.
 */
export function evaluateAssessment(catalog: Catalog, answers: Answers): Recommendation {
  const compiled = compileCatalog(catalog);
  const issues = checkAnswersAgainstCatalog(answers, compiled.vocabulary);
  if (issues.length > 0) throw new AnswersValidationError(issues);

  const scores = scoreInstruments(answers.instruments);
  const facts = deriveFacts(answers, scores);
  const findings = runCriteria(compiled, facts);
  const urgency = resolveUrgency(findings.urgency, facts);
  const resolved = compiled.treatments.map((t) => resolveOption(t, findings.matched));
  const options = urgency ? holdForReferral(resolved, urgency) : resolved;
  const approach = urgency ? 'urgent-referral' : resolveApproach(findings, options);

  return {
    schemaVersion: 1,
    catalogVersion: compiled.hash,
    approach,
    urgency,
    facts: facts.toRecord(),
    scores: scores as Recommendation['scores'],
    options,
    trace: findings.trace,
    disclaimers: [...compiled.disclaimers],
  };
}
