/**
 * A fact is a named value derived from the answers that criteria can test.
 * Its type decides which operators and values a criterion may use with it.
 */
export type FactType = 'boolean' | 'number' | 'enum' | 'set';
export type FactValue = boolean | number | string | string[];

/**
 * Where the allowed values of an enum or set fact come from: a fixed list, or the
 * slugs of the catalog being validated (conditions, or conservative treatments).
 */
export type FactDomain = readonly string[] | 'catalog-conditions' | 'catalog-conservative-treatments';

/** The value a fact of each type derives. */
export interface FactValueOfType {
  boolean: boolean;
  number: number;
  enum: string;
  set: string[];
}

interface FactFields<TSource, TId extends string, T extends FactType> {
  id: TId;
  type: T;
  /** Plain-language name shown to specialists in the rule builder and in traces. */
  label: string;
  /** Allowed values for enum and set facts. */
  domain?: FactDomain;
  /** Unit or hint for number facts, e.g. "months" or "0-10". */
  unit?: string;
  /**
   * True for facts that only repeat an input: an answer as given (age, a red flag, a risk...) or
   * an instrument result (already in Recommendation.scores). They are left out of
   * Recommendation.facts, which holds what the engine worked out; the trace still shows their
   * values wherever a criterion used them.
   */
  repeatsInput?: boolean;
  /**
   * For facts that measure steps of care already taken (conservative care, preventive medicines,
   * a stimulator trial): the value the fact has before any step was taken. A comparison that
   * this value fails means the criterion needs an earlier step to have been tried, which is what
   * a `consider-interventional` role asks of its criterion.
   */
  beforeAnyStep?: FactValueOfType[T];
  /** Returns undefined when the answers do not say (e.g. an instrument left out). */
  derive: (source: TSource) => FactValueOfType[T] | undefined;
}

/**
 * A registered fact. The type decides what `derive` must return: a boolean fact that derives a
 * number does not compile.
 */
export type FactDefinition<TSource, TId extends string = string> = {
  [T in FactType]: FactFields<TSource, TId, T>;
}[FactType];
