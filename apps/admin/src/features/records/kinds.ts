/** The four kinds of catalog record, as the API names them in its addresses. */
export const RECORD_KINDS = ['treatments', 'conditions', 'criteria', 'cases'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const KIND_LABELS: Record<RecordKind, { plural: string; singular: string }> = {
  treatments: { plural: 'Treatments', singular: 'treatment' },
  conditions: { plural: 'Conditions', singular: 'condition' },
  criteria: { plural: 'Criteria', singular: 'criterion' },
  cases: { plural: 'Test cases', singular: 'test case' },
};
