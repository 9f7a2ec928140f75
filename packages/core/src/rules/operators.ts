import type { ComparisonOperator, ComparisonValue } from '../schemas/rules.js';
import type { FactType, FactValue } from '../facts/types.js';

export type Predicate = (actual: FactValue) => boolean;

/** Everything about one comparison operator. To add an operator, add it to the schema and one entry here. */
export interface OperatorDefinition {
  /** How the text trace writes it. */
  symbol: string;
  /** The fact types it can compare; validateCatalog refuses any other. */
  factTypes: readonly FactType[];
  /** True when the expected value is a list of values. */
  takesList: boolean;
  /** Builds the test once per comparison. validateCatalog has checked the value's type beforehand. */
  test: (expected: ComparisonValue) => Predicate;
}

const isNumber = (v: FactValue): v is number => typeof v === 'number';

export const OPERATORS = {
  eq: { symbol: '=', factTypes: ['boolean', 'number', 'enum'], takesList: false, test: (e) => (a) => a === e },
  ne: { symbol: '!=', factTypes: ['boolean', 'number', 'enum'], takesList: false, test: (e) => (a) => a !== e },
  gt: { symbol: '>', factTypes: ['number'], takesList: false, test: (e) => (a) => isNumber(a) && a > (e as number) },
  gte: { symbol: '>=', factTypes: ['number'], takesList: false, test: (e) => (a) => isNumber(a) && a >= (e as number) },
  lt: { symbol: '<', factTypes: ['number'], takesList: false, test: (e) => (a) => isNumber(a) && a < (e as number) },
  lte: { symbol: '<=', factTypes: ['number'], takesList: false, test: (e) => (a) => isNumber(a) && a <= (e as number) },
  includes: {
    symbol: 'includes',
    factTypes: ['set'],
    takesList: false,
    test: (e) => (a) => Array.isArray(a) && a.includes(e as string),
  },
  in: {
    symbol: 'is one of',
    factTypes: ['number', 'enum', 'set'],
    takesList: true,
    test: (e) => {
      const allowed = e as readonly (string | number)[];
      return (a) => (Array.isArray(a) ? a.some((v) => allowed.includes(v)) : allowed.includes(a as string | number));
    },
  },
} satisfies Record<ComparisonOperator, OperatorDefinition>;

/** The test for one comparison, chosen at compile time rather than on every call. */
export const predicate = (op: ComparisonOperator, expected: ComparisonValue): Predicate => OPERATORS[op].test(expected);

/** The operators that fit a fact type, for the checker and the rule builder. */
export const operatorsFor = (type: FactType): ComparisonOperator[] =>
  (Object.keys(OPERATORS) as ComparisonOperator[]).filter((op) =>
    (OPERATORS[op].factTypes as readonly FactType[]).includes(type),
  );
