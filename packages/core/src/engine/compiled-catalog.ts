import type { Catalog, Criterion, Treatment } from '../schemas/catalog.js';
import type { Approach, OptionStatus, UrgencyLevel } from '../schemas/common.js';
import type { TreatmentOption } from '../schemas/recommendation.js';
import type { Effect, StatusEffectType } from '../schemas/rules.js';
import { compileCondition, type CompiledCondition } from '../rules/compile.js';
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
const RANK = new Map(STATUS_PRECEDENCE.map(([type], rank) => [type, rank]));

/**
 * An effect with treatments resolved to positions in the catalog. Its reason and caution
 * objects are frozen and shared by every result that uses them.
 */
export type CompiledEffect =
  | { kind: 'status'; rank: number; treatments: readonly number[]; reason: Readonly<Reason> }
  | { kind: 'caution'; treatments: readonly number[]; caution: Readonly<Caution> }
  | { kind: 'raise' | 'set'; approach: ElectiveApproach }
  | { kind: 'urgency'; level: UrgencyLevel; message: string };

export interface CompiledCriterion {
  id: string;
  when: CompiledCondition;
  effects: readonly CompiledEffect[];
}

export interface CompiledTreatment {
  slug: string;
  approach: Treatment['approach'];
  /** The explanation given when no criterion says anything about this treatment. */
  notIndicated: Readonly<Reason>;
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

const OFFERING = new Set<Effect['type']>(['recommend', 'consider', 'offer-with-caution']);

/** For each treatment, the titles of criteria that can offer it. */
function offeringTitles(criteria: readonly Criterion[]): Map<string, string[]> {
  const titles = new Map<string, string[]>();
  for (const criterion of criteria) {
    for (const effect of criterion.then) {
      if (!OFFERING.has(effect.type) || !('treatments' in effect)) continue;
      for (const slug of effect.treatments) {
        const list = titles.get(slug) ?? [];
        if (!list.includes(criterion.title)) list.push(criterion.title);
        titles.set(slug, list);
      }
    }
  }
  return titles;
}

function notIndicatedReason(titles: readonly string[] | undefined): Readonly<Reason> {
  const text = titles?.length
    ? `Nothing in these answers points to this option now. It comes into play when: ${titles.join('; ')}.`
    : 'Nothing in these answers points to this option now.';
  return Object.freeze({ criterion: 'engine-no-matching-criterion', text });
}

function compileEffect(effect: Effect, criterionId: string, treatmentIndex: ReadonlyMap<string, number>): CompiledEffect {
  // Unknown slugs (possible only in an unvalidated catalog) are dropped rather than failing.
  const positions = (slugs: readonly string[]) =>
    slugs.map((slug) => treatmentIndex.get(slug)).filter((i): i is number => i !== undefined);
  switch (effect.type) {
    case 'raise-approach':
      return { kind: 'raise', approach: effect.approach };
    case 'set-approach':
      return { kind: 'set', approach: effect.approach };
    case 'urgency':
      return { kind: 'urgency', level: effect.level, message: effect.message };
    case 'caution':
      return {
        kind: 'caution',
        treatments: positions(effect.treatments),
        caution: Object.freeze({ risk: effect.risk, text: effect.text, criterion: criterionId }),
      };
    default:
      return {
        kind: 'status',
        rank: RANK.get(effect.type)!,
        treatments: positions(effect.treatments),
        reason: Object.freeze({ criterion: criterionId, text: effect.text }),
      };
  }
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
  const treatmentIndex = new Map(catalog.treatments.map((t, i) => [t.slug, i]));
  const titles = offeringTitles(ordered);
  const compiled: CompiledCatalog = {
    hash: catalogHash(catalog),
    treatments: catalog.treatments.map((t) => ({
      slug: t.slug,
      approach: t.approach,
      notIndicated: notIndicatedReason(titles.get(t.slug)),
    })),
    criteria: ordered.map((criterion) => ({
      id: criterion.id,
      when: compileCondition(criterion.when, (id) => criterionIndex.get(id) ?? -1),
      effects: criterion.then.map((effect) => compileEffect(effect, criterion.id, treatmentIndex)),
    })),
    vocabulary: catalogVocabulary(catalog),
    disclaimers: [...new Set([CORE_DISCLAIMER, ...catalog.disclaimers])],
  };
  cache.set(catalog, compiled);
  return compiled;
}
