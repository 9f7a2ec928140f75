import type { OptionStatus, UrgencyLevel } from '../schemas/common.js';
import type { TreatmentOption } from '../schemas/recommendation.js';
import type { Effect } from '../schemas/rules.js';

export type Reason = TreatmentOption['reasons'][number];
export type Caution = TreatmentOption['cautions'][number];

/** The role a criterion declares for the interventional options it offers (CONTRACT 1.1). */
export type InterventionalRole = 'combined' | 'consider-interventional';

/** What a matching criterion does beyond the options: urgency, and notes on the whole result. */
export type CompiledEffect =
  { kind: 'urgency'; level: UrgencyLevel; message: string } | { kind: 'note'; note: Readonly<Reason> };

/** A status, caution or note a criterion (by its position) gives a treatment when it matches. */
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

/** Per treatment (by catalog position), everything criteria can say about it. */
export interface TreatmentSources {
  statuses: StatusSource[][];
  cautions: CautionSource[][];
  notes: NoteSource[][];
}

/** Where a criterion's effects are compiled to. */
export interface CriterionBuild {
  id: string;
  position: number;
  /** Positions of the named treatments; unknown slugs (reported by validateCatalog) are skipped. */
  targets: (slugs: readonly string[]) => number[];
  sources: TreatmentSources;
  effects: CompiledEffect[];
  role: InterventionalRole | null;
}

/** The schema member that allows an effect type (status effects share one member). */
type EffectOf<T extends Effect['type']> = Effect extends infer E
  ? E extends { type: infer U }
    ? T extends U
      ? E
      : never
    : never
  : never;

/** How the engine compiles one kind of effect. */
export interface EffectHandler<T extends Effect['type']> {
  /** The option status it gives, for effects that set one. */
  status?: OptionStatus;
  compile: (effect: EffectOf<T>, into: CriterionBuild) => void;
}

/** One handler per effect type: an effect the schema allows but the registry lacks does not compile. */
export type EffectRegistry = { [T in Effect['type']]: EffectHandler<T> };

type StatusEffectType = EffectOf<'recommend'>['type'];

function statusEffect(status: OptionStatus): EffectHandler<StatusEffectType> {
  return {
    status,
    compile: (effect, into) => {
      const source = {
        criterion: into.position,
        status,
        reason: Object.freeze({ criterion: into.id, text: effect.text }),
      };
      for (const t of into.targets(effect.treatments)) into.sources.statuses[t]?.push(source);
    },
  };
}

function declareRole(approach: string, into: CriterionBuild): void {
  if (approach === 'consider-interventional') into.role = 'consider-interventional';
  else if (approach === 'combined' && into.role === null) into.role = 'combined';
}

export const EFFECT_HANDLERS = {
  recommend: statusEffect('recommended'),
  consider: statusEffect('consider'),
  'offer-with-caution': statusEffect('caution'),
  defer: statusEffect('deferred'),
  exclude: statusEffect('excluded'),
  'not-indicated': statusEffect('not-indicated'),
  caution: {
    compile: (effect, into) => {
      const caution = Object.freeze({ risk: effect.risk, text: effect.text, criterion: into.id });
      for (const t of into.targets(effect.treatments))
        into.sources.cautions[t]?.push({ criterion: into.position, caution });
    },
  },
  note: {
    compile: (effect, into) => {
      const note = Object.freeze({ criterion: into.id, text: effect.text });
      if (!effect.treatments) into.effects.push({ kind: 'note', note });
      else
        for (const t of into.targets(effect.treatments))
          into.sources.notes[t]?.push({ criterion: into.position, note });
    },
  },
  urgency: {
    compile: (effect, into) => {
      into.effects.push({ kind: 'urgency', level: effect.level, message: effect.message });
    },
  },
  'raise-approach': { compile: (effect, into) => declareRole(effect.approach, into) },
  // Older catalogs: read as the role it names; validateCatalog reports it.
  'set-approach': { compile: (effect, into) => declareRole(effect.approach, into) },
} satisfies EffectRegistry;

/** Status effects in precedence order: the first one present decides an option's status. */
export const STATUS_PRECEDENCE: readonly OptionStatus[] = [
  'excluded',
  'deferred',
  'caution',
  'recommended',
  'consider',
  'not-indicated',
];

/**
 * Compiles one effect through its handler. An effect type with no handler can only come from a
 * catalog that was never validated; it stops the compile rather than being dropped, since it
 * might have been an exclusion.
 */
export function compileEffect(effect: Effect, into: CriterionBuild): void {
  const handler = (EFFECT_HANDLERS as Partial<Record<string, EffectHandler<Effect['type']>>>)[effect.type];
  if (!handler)
    throw new Error(
      `criterion "${into.id}" has an effect of unknown type "${String(effect.type)}"; validate the catalog first`,
    );
  handler.compile(effect, into);
}
