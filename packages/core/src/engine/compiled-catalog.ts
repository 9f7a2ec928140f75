import type { Catalog, Criterion, Treatment } from '../schemas/catalog.js';
import type { Approach, OptionStatus, UrgencyLevel } from '../schemas/common.js';
import type { TreatmentOption } from '../schemas/recommendation.js';
import type { Effect, StatusEffectType } from '../schemas/rules.js';
import { compileCondition, type CompiledCondition } from '../rules/compile.js';
import { readsFact } from '../rules/analyse.js';
import { catalogHash } from '../catalog/hash.js';
import { catalogVocabulary } from '../answers.js';

export type Reason = TreatmentOption['reasons'][number];
export type Caution = TreatmentOption['cautions'][number];
export type ElectiveApproach = Exclude<Approach, 'urgent-referral'>;

/** Status effects in precedence order: the first one present decides an option's status. */
export const STATUS_PRECEDENCE: readonly (readonly [StatusEffectType, OptionStatus])[] = [
  ['exclude', 'excluded'],
  ['defer', 'deferred'],
  ['offer-with-caution', 'caution'],
  ['recommend', 'recommended'],
  ['consider', 'consider'],
  ['not-indicated', 'not-indicated'],
];
const STATUS_OF = new Map(STATUS_PRECEDENCE);
const RANK = new Map(STATUS_PRECEDENCE.map(([, status], rank) => [status, rank]));

/** What a matching criterion does beyond the options: urgency, and notes on the whole result. */
export type CompiledEffect =
  { kind: 'urgency'; level: UrgencyLevel; message: string } | { kind: 'note'; note: Readonly<Reason> };

/** The role a criterion declares for the interventional options it offers (CONTRACT 1.1). */
export type InterventionalRole = Exclude<ElectiveApproach, 'conservative-first'>;

export interface CompiledCriterion {
  id: string;
  when: CompiledCondition;
  effects: readonly CompiledEffect[];
  /** From its raise-approach effect; null when it declares none. */
  role: InterventionalRole | null;
}

/**
 * A status that a criterion (by its position) gives a treatment when it matches. The reason and
 * caution objects are frozen and shared by every result that uses them.
 */
export interface StatusSource {
  criterion: number;
  status: OptionStatus;
  reason: Readonly<Reason>;
}

export interface CautionSource {
  criterion: number;
  caution: Readonly<Caution>;
}

export interface NoteSource {
  criterion: number;
  note: Readonly<Reason>;
}

export interface CompiledTreatment {
  slug: string;
  approach: Treatment['approach'];
  minimumAge: number | undefined;
  /**
   * Every status any criterion can give it, in the order its reasons are shown: by status
   * precedence, then criterion order. The first one whose criterion matched decides the status.
   */
  statuses: readonly StatusSource[];
  /** Every caution any criterion can add to it, in criterion order. */
  cautions: readonly CautionSource[];
  /** Every note any criterion can add to it, in criterion order. */
  notes: readonly NoteSource[];
}

/** Everything about a catalog that does not depend on the answers, worked out once. */
export interface CompiledCatalog {
  hash: string;
  treatments: readonly CompiledTreatment[];
  /** Highest priority first, then by id, so results never depend on storage order. */
  criteria: readonly CompiledCriterion[];
  vocabulary: ReturnType<typeof catalogVocabulary>;
  /** The built-in disclaimer first, then the catalog's own, without repeats. */
  disclaimers: readonly string[];
}

/** Shown with every result whatever the catalog says, so the tool never presents itself as the decision. */
export const CORE_DISCLAIMER =
  'PainPath helps you and your clinician think through options. It does not diagnose, and it does not replace ' +
  'the judgement of a clinician who knows you. Do not start, stop or change any medicine because of this result; ' +
  'talk to your prescriber first.';

/** The statuses under which an option is on offer. */
export const OFFERED: ReadonlySet<OptionStatus> = new Set(['recommended', 'consider', 'caution']);

/**
 * Said when no criterion offers a treatment. Patient-facing and plain: the trace names each
 * criterion that could have offered it, with the first requirement these answers did not meet.
 */
export const NOT_INDICATED: Readonly<Reason> = Object.freeze({
  criterion: 'engine-no-matching-criterion',
  text: 'Nothing in your answers points to this option now.',
});

/** Urgency and whole-result notes; status, caution and option-note effects go on the treatments. */
function compileEffect(effect: Effect, criterionId: string): CompiledEffect | null {
  if (effect.type === 'urgency') return { kind: 'urgency', level: effect.level, message: effect.message };
  if (effect.type === 'note' && !effect.treatments) {
    return { kind: 'note', note: Object.freeze({ criterion: criterionId, text: effect.text }) };
  }
  return null;
}

/** The highest role a criterion's raise-approach (or legacy set-approach) effects declare. */
function declaredRole(criterion: Criterion): InterventionalRole | null {
  let role: InterventionalRole | null = null;
  for (const effect of criterion.then) {
    if (effect.type !== 'raise-approach' && effect.type !== 'set-approach') continue;
    if (effect.approach === 'consider-interventional') return 'consider-interventional';
    if (effect.approach === 'combined') role = 'combined';
  }
  return role;
}

/**
 * A preference is a value, not a contraindication (CONTRACT 1.1): a criterion that reads it may
 * only add notes, whatever the catalog says. validateCatalog reports any other effect.
 */
function allowedEffects(
  criterion: Criterion,
  lookup: (id: string) => Criterion['when'] | undefined,
): readonly Effect[] {
  if (!readsFact(criterion.when, 'preference', lookup)) return criterion.then;
  return criterion.then.filter((effect) => effect.type === 'note');
}

type Sources = { statuses: StatusSource[][]; cautions: CautionSource[][]; notes: NoteSource[][] };

/** The effects that name treatments: statuses, cautions and option notes. */
type TreatmentEffect = Extract<Effect, { text: string }>;

function addTreatmentEffect(
  sources: Sources,
  effect: TreatmentEffect,
  criterionId: string,
  position: number,
  targets: number[],
): void {
  if (effect.type === 'caution') {
    const caution = Object.freeze({ risk: effect.risk, text: effect.text, criterion: criterionId });
    for (const t of targets) sources.cautions[t]!.push({ criterion: position, caution });
  } else if (effect.type === 'note') {
    const note = Object.freeze({ criterion: criterionId, text: effect.text });
    for (const t of targets) sources.notes[t]!.push({ criterion: position, note });
  } else {
    const status = STATUS_OF.get(effect.type)!;
    const source = {
      criterion: position,
      status,
      reason: Object.freeze({ criterion: criterionId, text: effect.text }),
    };
    for (const t of targets) sources.statuses[t]!.push(source);
  }
}

/**
 * Lists on each treatment the statuses, cautions and notes criteria can give it. Unknown slugs
 * (possible only in an unvalidated catalog, which validateCatalog reports) are skipped.
 */
function sourcesByTreatment(
  ordered: readonly (readonly Effect[])[],
  ids: readonly string[],
  treatmentIndex: ReadonlyMap<string, number>,
): Sources {
  const lists = <T>() => Array.from({ length: treatmentIndex.size }, (): T[] => []);
  const sources: Sources = { statuses: lists(), cautions: lists(), notes: lists() };
  ordered.forEach((effects, position) => {
    for (const effect of effects) {
      if (!('text' in effect) || !effect.treatments) continue;
      const targets = effect.treatments
        .map((slug) => treatmentIndex.get(slug))
        .filter((i): i is number => i !== undefined);
      addTreatmentEffect(sources, effect, ids[position]!, position, targets);
    }
  });
  // Array sort is stable, so criterion order is kept within each status.
  for (const list of sources.statuses) list.sort((a, b) => RANK.get(a.status)! - RANK.get(b.status)!);
  return sources;
}

const byPriorityThenId = (a: Criterion, b: Criterion) =>
  b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const cache = new WeakMap<Catalog, CompiledCatalog>();

/** Catalogs are treated as immutable values: a compiled form is cached per catalog object. */
export function compileCatalog(catalog: Catalog): CompiledCatalog {
  const cached = cache.get(catalog);
  if (cached) return cached;
  const ordered = [...catalog.criteria].sort(byPriorityThenId);
  const criterionIndex = new Map(ordered.map((c, i) => [c.id, i]));
  const lookup = (id: string) => ordered[criterionIndex.get(id) ?? -1]?.when;
  const effects = ordered.map((c) => allowedEffects(c, lookup));
  const treatmentIndex = new Map(catalog.treatments.map((t, i) => [t.slug, i]));
  const sources = sourcesByTreatment(
    effects,
    ordered.map((c) => c.id),
    treatmentIndex,
  );
  const compiled: CompiledCatalog = {
    hash: catalogHash(catalog),
    treatments: catalog.treatments.map((t, i) => ({
      slug: t.slug,
      approach: t.approach,
      minimumAge: t.minimumAge,
      statuses: sources.statuses[i]!,
      cautions: sources.cautions[i]!,
      notes: sources.notes[i]!,
    })),
    criteria: ordered.map((criterion, i) => ({
      id: criterion.id,
      when: compileCondition(criterion.when, (id) => criterionIndex.get(id) ?? -1),
      effects: effects[i]!.flatMap((effect) => compileEffect(effect, criterion.id) ?? []),
      role: declaredRole(criterion),
    })),
    vocabulary: catalogVocabulary(catalog),
    disclaimers: [...new Set([CORE_DISCLAIMER, ...catalog.disclaimers])],
  };
  cache.set(catalog, compiled);
  return compiled;
}
