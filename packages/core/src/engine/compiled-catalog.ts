import type { Catalog, Criterion, Treatment } from '../schemas/catalog.js';
import type { Approach, OptionStatus } from '../schemas/common.js';
import type { Effect } from '../schemas/rules.js';
import { compileCondition, type CompileContext, type CompiledCondition } from '../rules/compile.js';
import { readsFact } from '../rules/analyse.js';
import { compileChecks, type CheckedCondition } from '../rules/checks.js';
import { CORE_FACT_REGISTRY, type FactRegistry } from '../facts/registry.js';
import { catalogHash } from '../catalog/hash.js';
import { catalogVocabulary } from '../answers.js';
import {
  compileEffect,
  STATUS_PRECEDENCE,
  type CautionSource,
  type CompiledEffect,
  type CriterionBuild,
  type InterventionalRole,
  type NoteSource,
  type Reason,
  type StatusSource,
  type TreatmentSources,
} from './effects.js';

export type { Caution, InterventionalRole, Reason } from './effects.js';
export type ElectiveApproach = Exclude<Approach, 'urgent-referral'>;

const RANK = new Map(STATUS_PRECEDENCE.map((status, rank) => [status, rank]));

export interface CompiledCriterion {
  id: string;
  when: CompiledCondition;
  /** The same condition, recording every check for the structured trace. */
  checks: CheckedCondition;
  effects: readonly CompiledEffect[];
  /** From its raise-approach effect; null when it declares none. */
  role: InterventionalRole | null;
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

const byPriorityThenId = (a: Criterion, b: Criterion) =>
  b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const caches = new WeakMap<FactRegistry, WeakMap<Catalog, CompiledCatalog>>();

/** Compiles each criterion's effects through the effect registry into the treatments' sources. */
function buildCriteria(
  ordered: readonly Criterion[],
  effects: readonly (readonly Effect[])[],
  treatmentIndex: ReadonlyMap<string, number>,
  context: CompileContext,
): { criteria: CompiledCriterion[]; sources: TreatmentSources } {
  const lists = <T>() => Array.from({ length: treatmentIndex.size }, (): T[] => []);
  const sources: TreatmentSources = { statuses: lists(), cautions: lists(), notes: lists() };
  const targets = (slugs: readonly string[]) =>
    slugs.map((slug) => treatmentIndex.get(slug)).filter((i): i is number => i !== undefined);
  const criteria = ordered.map((criterion, position): CompiledCriterion => {
    const build: CriterionBuild = { id: criterion.id, position, targets, sources, effects: [], role: null };
    for (const effect of effects[position] ?? []) compileEffect(effect, build);
    return {
      id: criterion.id,
      when: compileCondition(criterion.when, context),
      checks: compileChecks(criterion.when, context),
      effects: build.effects,
      role: build.role,
    };
  });
  // Array sort is stable, so criterion order is kept within each status.
  for (const list of sources.statuses) list.sort((a, b) => (RANK.get(a.status) ?? 0) - (RANK.get(b.status) ?? 0));
  return { criteria, sources };
}

/**
 * Catalogs are treated as immutable values: a compiled form is cached per catalog object (and
 * per fact registry, for engines that extend core's facts).
 */
export function compileCatalog(catalog: Catalog, registry: FactRegistry = CORE_FACT_REGISTRY): CompiledCatalog {
  let cache = caches.get(registry);
  if (!cache) caches.set(registry, (cache = new WeakMap()));
  const cached = cache.get(catalog);
  if (cached) return cached;
  const ordered = [...catalog.criteria].sort(byPriorityThenId);
  const criterionIndex = new Map(ordered.map((c, i) => [c.id, i]));
  const lookup = (id: string) => ordered[criterionIndex.get(id) ?? -1]?.when;
  const context: CompileContext = { registry, indexOf: (id) => criterionIndex.get(id) ?? -1 };
  const effects = ordered.map((c) => allowedEffects(c, lookup));
  const treatmentIndex = new Map(catalog.treatments.map((t, i) => [t.slug, i]));
  const { criteria, sources } = buildCriteria(ordered, effects, treatmentIndex, context);
  const compiled: CompiledCatalog = {
    hash: catalogHash(catalog),
    treatments: catalog.treatments.map((t, i) => ({
      slug: t.slug,
      approach: t.approach,
      minimumAge: t.minimumAge,
      statuses: sources.statuses[i] ?? [],
      cautions: sources.cautions[i] ?? [],
      notes: sources.notes[i] ?? [],
    })),
    criteria,
    vocabulary: catalogVocabulary(catalog),
    disclaimers: [...new Set([CORE_DISCLAIMER, ...catalog.disclaimers])],
  };
  cache.set(catalog, compiled);
  return compiled;
}
