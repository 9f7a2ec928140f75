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
const STATUS_OF = new Map(STATUS_PRECEDENCE);
const RANK = new Map(STATUS_PRECEDENCE.map(([, status], rank) => [status, rank]));

/** What a matching criterion does beyond the options: approach and urgency. */
export type CompiledEffect =
  | { kind: 'raise' | 'set'; approach: ElectiveApproach }
  | { kind: 'urgency'; level: UrgencyLevel; message: string };

export interface CompiledCriterion {
  id: string;
  when: CompiledCondition;
  effects: readonly CompiledEffect[];
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

export interface CompiledTreatment {
  slug: string;
  approach: Treatment['approach'];
  /** The explanation given when no criterion says anything about this treatment. */
  notIndicated: Readonly<Reason>;
  /**
   * Every status any criterion can give it, in the order its reasons are shown: by status
   * precedence, then criterion order. The first one whose criterion matched decides the status.
   */
  statuses: readonly StatusSource[];
  /** Every caution any criterion can add to it, in criterion order. */
  cautions: readonly CautionSource[];
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

/** Said when no criterion matched for a treatment; it names the criteria that could offer it, in order. */
function notIndicatedReason(statuses: readonly StatusSource[], ordered: readonly Criterion[]): Readonly<Reason> {
  const positions = statuses.filter((s) => OFFERED.has(s.status)).map((s) => s.criterion);
  const titles = [...new Set(positions.sort((a, b) => a - b).map((p) => ordered[p]!.title))];
  const text = titles.length
    ? `Nothing in these answers points to this option now. It comes into play when: ${titles.join('; ')}.`
    : 'Nothing in these answers points to this option now.';
  return Object.freeze({ criterion: 'engine-no-matching-criterion', text });
}

/** The approach and urgency effects of a criterion; status and caution effects go on the treatments. */
function compileEffect(effect: Effect): CompiledEffect | null {
  switch (effect.type) {
    case 'raise-approach':
      return { kind: 'raise', approach: effect.approach };
    case 'set-approach':
      return { kind: 'set', approach: effect.approach };
    case 'urgency':
      return { kind: 'urgency', level: effect.level, message: effect.message };
    default:
      return null;
  }
}

/**
 * Lists on each treatment the statuses and cautions criteria can give it. Unknown slugs
 * (possible only in an unvalidated catalog) are dropped rather than failing.
 */
function sourcesByTreatment(ordered: readonly Criterion[], treatmentIndex: ReadonlyMap<string, number>) {
  const statuses: StatusSource[][] = Array.from({ length: treatmentIndex.size }, () => []);
  const cautions: CautionSource[][] = Array.from({ length: treatmentIndex.size }, () => []);
  ordered.forEach((criterion, position) => {
    for (const effect of criterion.then) {
      if (!('treatments' in effect)) continue;
      const targets = effect.treatments.map((slug) => treatmentIndex.get(slug)).filter((i): i is number => i !== undefined);
      if (effect.type === 'caution') {
        const caution = Object.freeze({ risk: effect.risk, text: effect.text, criterion: criterion.id });
        for (const t of targets) cautions[t]!.push({ criterion: position, caution });
      } else {
        const source = { criterion: position, status: STATUS_OF.get(effect.type)!, reason: Object.freeze({ criterion: criterion.id, text: effect.text }) };
        for (const t of targets) statuses[t]!.push(source);
      }
    }
  });
  // Array sort is stable, so criterion order is kept within each status.
  for (const list of statuses) list.sort((a, b) => RANK.get(a.status)! - RANK.get(b.status)!);
  return { statuses, cautions };
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
  const sources = sourcesByTreatment(ordered, treatmentIndex);
  const compiled: CompiledCatalog = {
    hash: catalogHash(catalog),
    treatments: catalog.treatments.map((t, i) => ({
      slug: t.slug,
      approach: t.approach,
      notIndicated: notIndicatedReason(sources.statuses[i]!, ordered),
      statuses: sources.statuses[i]!,
      cautions: sources.cautions[i]!,
    })),
    criteria: ordered.map((criterion) => ({
      id: criterion.id,
      when: compileCondition(criterion.when, (id) => criterionIndex.get(id) ?? -1),
      effects: criterion.then.flatMap((effect) => compileEffect(effect) ?? []),
    })),
    vocabulary: catalogVocabulary(catalog),
    disclaimers: [...new Set([CORE_DISCLAIMER, ...catalog.disclaimers])],
  };
  cache.set(catalog, compiled);
  return compiled;
}
