import type { Answers } from '../schemas/answers.js';
import type { Catalog } from '../schemas/catalog.js';
import type { Approach, OptionStatus, UrgencyLevel } from '../schemas/common.js';
import type { Recommendation, TraceCheck, TraceEntry, TreatmentOption } from '../schemas/recommendation.js';
import { AnswersValidationError, checkAnswersAgainstCatalog } from '../answers.js';
import { CORE_FACT_REGISTRY, deriveFacts, type DerivedFacts, type FactRegistry } from '../facts/registry.js';
import { scoreInstruments } from '../instruments/registry.js';
import { Notes } from '../rules/compile.js';
import {
  compileCatalog,
  NOT_INDICATED,
  OFFERED,
  type Caution,
  type CompiledCatalog,
  type CompiledCriterion,
  type CompiledTreatment,
  type ElectiveApproach,
  type InterventionalRole,
  type Reason,
} from './compiled-catalog.js';

export { CORE_DISCLAIMER } from './compiled-catalog.js';

const SAFETY_NET_ID = 'engine-red-flag-safety-net';
/** Patient-facing texts the engine itself writes; the readability test measures them too. */
export const ENGINE_TEXTS = {
  urgentSafetyNet:
    'You told us about a warning sign. Please have a doctor or nurse check it soon, before any planned pain treatment.',
  emergencySafetyNet:
    'You told us about a sign that needs help now. Get emergency care straight away. In the UK, call 999 or go to A&E.',
  onHold: 'This is on hold. A doctor or nurse should first check the warning signs you told us about.',
  minimumAge: (age: number) =>
    `This is only for people aged ${age} or over. Ask about a pain service for children and young people.`,
} as const;

/** Core's facts come first in every registry, so their positions are the same in all of them. */
function corePosition(id: string): number {
  const index = CORE_FACT_REGISTRY.index.get(id);
  if (index === undefined) throw new Error(`core fact "${id}" is missing`);
  return index;
}
const ANY_RED_FLAG = corePosition('anyRedFlag');
const EMERGENCY_RED_FLAG = corePosition('emergencyRedFlag');
const RED_FLAGS_INVESTIGATED = corePosition('redFlagsInvestigated');

interface UrgencyFinding {
  level: UrgencyLevel;
  message: string;
  criterion: string;
}

/** What the criteria said, gathered while they run. Statuses, cautions and notes are read off `matched` afterwards. */
interface Findings {
  /** Whether each criterion matched, by its position in the compiled catalog. */
  matched: (boolean | undefined)[];
  trace: TraceEntry[];
  urgency: UrgencyFinding[];
  notes: Reason[];
}

function applyEffects(findings: Findings, criterion: CompiledCriterion): void {
  for (const effect of criterion.effects) {
    if (effect.kind === 'urgency')
      findings.urgency.push({ level: effect.level, message: effect.message, criterion: criterion.id });
    else findings.notes.push(effect.note);
  }
}

/** Options of evaluateAssessment; every one is off unless asked for. */
export interface EvaluateOptions {
  /**
   * Adds to each trace entry the structured `checks` it made (fact, operator, expected and actual
   * value, and whether it held, for every part of the condition). It roughly doubles the work of
   * an assessment, so it is built only when asked: for a specialist's test bench, not for a patient.
   */
  checks?: boolean;
}

/** Runs every criterion in order, tracing each; refs to other criteria are evaluated once and remembered. */
function runCriteria(compiled: CompiledCatalog, facts: DerivedFacts, withChecks: boolean): Findings {
  const { criteria } = compiled;
  const known: (boolean | undefined)[] = [];
  const findings: Findings = { matched: known, trace: new Array<TraceEntry>(criteria.length), urgency: [], notes: [] };
  const resolve = (index: number): boolean => {
    const cached = known[index];
    if (cached !== undefined) return cached;
    const criterion = criteria[index];
    if (!criterion) return false;
    known[index] = false; // breaks reference cycles in catalogs that were never validated
    return (known[index] = criterion.when(facts, resolve, null));
  };
  const notes = new Notes();
  criteria.forEach((criterion, i) => {
    notes.text = '';
    const matched = criterion.when(facts, resolve, notes);
    known[i] = matched;
    const entry: TraceEntry = { criterion: criterion.id, matched, detail: notes.text || 'always applies' };
    if (withChecks) {
      const checks: TraceCheck[] = [];
      criterion.checks(facts, resolve, checks);
      entry.checks = checks;
    }
    findings.trace[i] = entry;
    if (matched) applyEffects(findings, criterion);
  });
  return findings;
}

const NONE: readonly never[] = Object.freeze([]);

function option(
  treatment: CompiledTreatment,
  status: OptionStatus,
  reasons: readonly Reason[],
  cautions: readonly Caution[] = NONE,
  notes: readonly Reason[] = NONE,
): TreatmentOption {
  return {
    treatment: treatment.slug,
    approach: treatment.approach,
    status,
    reasons: [...reasons],
    cautions: [...cautions],
    notes: [...notes],
  };
}

function matchedOf<T extends { criterion: number }>(sources: readonly T[], matched: Findings['matched']): T[] {
  return sources.filter((s) => matched[s.criterion]);
}

/**
 * The first status whose criterion matched decides; every matched reason is kept, deciding ones
 * first. A contraindication only holds back an option that would otherwise be on offer: on an
 * option nothing offers, it leaves the option not-indicated (CONTRACT 1.1). Cautions and notes
 * are shown only on options that are on offer.
 */
function resolveOption(treatment: CompiledTreatment, matched: Findings['matched'], age: number): TreatmentOption {
  if (treatment.minimumAge !== undefined && age < treatment.minimumAge) {
    return option(treatment, 'not-indicated', [
      { criterion: 'engine-minimum-age', text: ENGINE_TEXTS.minimumAge(treatment.minimumAge) },
    ]);
  }
  const sources = matchedOf(treatment.statuses, matched);
  const deciding = sources[0];
  if (!deciding) return option(treatment, 'not-indicated', [NOT_INDICATED]);
  const wouldBeOffered = sources.some((s) => OFFERED.has(s.status));
  if (!wouldBeOffered && deciding.status !== 'not-indicated') {
    const notIndicated = sources.filter((s) => s.status === 'not-indicated').map((s) => s.reason);
    return option(treatment, 'not-indicated', notIndicated.length > 0 ? notIndicated : [NOT_INDICATED]);
  }
  const reasons = sources.map((s) => s.reason);
  if (!OFFERED.has(deciding.status)) return option(treatment, deciding.status, reasons);
  const cautions = matchedOf(treatment.cautions, matched).map((s) => s.caution);
  const notes = matchedOf(treatment.notes, matched).map((s) => s.note);
  return option(treatment, deciding.status, reasons, cautions, notes);
}

interface Urgency {
  level: UrgencyLevel;
  message: string;
  criteria: string[];
}

/**
 * Red flags override everything. The engine enforces this even if a catalog loses its red-flag
 * criteria: an emergency sign always gives an emergency, and any other unchecked sign a referral.
 */
function resolveUrgency(found: readonly UrgencyFinding[], facts: DerivedFacts): Urgency | null {
  const all = [...found];
  if (facts.values[EMERGENCY_RED_FLAG] === true && !found.some((u) => u.level === 'emergency')) {
    all.push({ level: 'emergency', message: ENGINE_TEXTS.emergencySafetyNet, criterion: SAFETY_NET_ID });
  } else if (all.length === 0 && facts.values[ANY_RED_FLAG] === true && facts.values[RED_FLAGS_INVESTIGATED] !== true) {
    all.push({ level: 'urgent', message: ENGINE_TEXTS.urgentSafetyNet, criterion: SAFETY_NET_ID });
  }
  const ordered = [...all.filter((u) => u.level === 'emergency'), ...all.filter((u) => u.level !== 'emergency')];
  const first = ordered[0];
  if (!first) return null;
  return {
    level: first.level,
    message: [...new Set(ordered.map((u) => u.message))].join(' '),
    criteria: ordered.map((u) => u.criterion),
  };
}

/** Under a referral no elective option is offered: each one is put on hold, keeping why it was offered. */
function holdForReferral(options: TreatmentOption[], urgency: Urgency): TreatmentOption[] {
  const hold: Reason = { criterion: urgency.criteria[0] ?? SAFETY_NET_ID, text: ENGINE_TEXTS.onHold };
  return options.map((o) => (OFFERED.has(o.status) ? { ...o, status: 'deferred', reasons: [hold, ...o.reasons] } : o));
}

/**
 * The approach follows from what is on offer and why (CONTRACT 1.1): conservative-first when no
 * interventional option is on offer; consider-interventional when one is offered as the next step
 * after conservative care has not worked; combined when one is offered alongside it. The role
 * comes from the criteria that offered each option; one that declares none counts as combined.
 */
function deriveApproach(
  compiled: CompiledCatalog,
  matched: Findings['matched'],
  options: readonly TreatmentOption[],
): { approach: ElectiveApproach; detail: string } {
  let approach: ElectiveApproach = 'conservative-first';
  const because: string[] = [];
  options.forEach((o, i) => {
    if (o.approach !== 'interventional' || !OFFERED.has(o.status)) return;
    for (const source of compiled.treatments[i]?.statuses ?? []) {
      const criterion = compiled.criteria[source.criterion];
      if (!criterion || !matched[source.criterion] || !OFFERED.has(source.status)) continue;
      const role: InterventionalRole = criterion.role ?? 'combined';
      if (role === 'consider-interventional' || approach === 'conservative-first') approach = role;
      because.push(`${o.treatment} offered by ${criterion.id} (${role})`);
    }
  });
  const detail =
    because.length > 0
      ? `${because.join('; ')}: approach ${approach}`
      : 'no interventional option is on offer: approach conservative-first';
  return { approach, detail };
}

/**
 * The decision engine. Deterministic: the same catalog and answers always give the same
 * Recommendation. Throws AnswersValidationError when the answers name a condition or a
 * conservative treatment the catalog does not have.
 */
export function evaluateAssessment(catalog: Catalog, answers: Answers, settings: EvaluateOptions = {}): Recommendation {
  return evaluateWith(CORE_FACT_REGISTRY, catalog, answers, settings);
}

/** The engine over a given fact registry: core's, or core's plus an extension's (createEngine). */
export function evaluateWith(
  registry: FactRegistry,
  catalog: Catalog,
  answers: Answers,
  settings: EvaluateOptions = {},
): Recommendation {
  const compiled = compileCatalog(catalog, registry);
  const issues = checkAnswersAgainstCatalog(answers, compiled.vocabulary);
  if (issues.length > 0) throw new AnswersValidationError(issues);

  const { scores, notUsed } = scoreInstruments(answers);
  const facts = deriveFacts(registry, answers, scores);
  const findings = runCriteria(compiled, facts, settings.checks === true);
  const urgency = resolveUrgency(findings.urgency, facts);
  const resolved = compiled.treatments.map((t) => resolveOption(t, findings.matched, answers.age));
  let approach: Approach = 'urgent-referral';
  let options = resolved;
  if (urgency) {
    options = holdForReferral(resolved, urgency);
  } else {
    const derived = deriveApproach(compiled, findings.matched, resolved);
    approach = derived.approach;
    findings.trace.push({ criterion: 'engine-approach', matched: true, detail: derived.detail });
  }
  const notes = [
    ...findings.notes,
    ...notUsed.map((n) => ({ criterion: `engine-instrument-scope-${n.instrument}`, text: n.text })),
  ];

  return {
    schemaVersion: 1,
    catalogVersion: compiled.hash,
    approach,
    urgency,
    facts: facts.toRecord(),
    scores: scores as Recommendation['scores'],
    options,
    trace: findings.trace,
    notes,
    disclaimers: [...compiled.disclaimers],
  };
}
