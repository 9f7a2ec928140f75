import {
  ClinicalCaseSchema,
  CriterionSchema,
  PainConditionSchema,
  TreatmentSchema,
  type ClinicalCase,
  type Criterion,
  type PainCondition,
  type Treatment,
} from '@painpath/core';
import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api, ApiError, unwrap } from '../../api/client.ts';
import { keys } from '../../api/queries.ts';
import type { RecordKind } from './kinds.ts';

/** The record type each kind edits, as core defines it. */
export interface RecordOfKind {
  treatments: Treatment;
  conditions: PainCondition;
  criteria: Criterion;
  cases: ClinicalCase;
}

/** Core's schema of each kind: the one source of the forms' validation and of parsing. */
export const RECORD_SCHEMAS = {
  treatments: TreatmentSchema,
  conditions: PainConditionSchema,
  criteria: CriterionSchema,
  cases: ClinicalCaseSchema,
} as const;

/** Which field of a record is its key in the API's addresses. */
export const KEY_FIELDS = { treatments: 'slug', conditions: 'slug', criteria: 'id', cases: 'id' } as const;

/** One stored draft record with its version, as GET, POST and PUT answer. */
export interface RecordView<T> {
  key: string;
  version: number;
  updatedAt: string;
  updatedById: string | null;
  updatedByName: string | null;
  record: T;
}

const ViewShape = z.object({
  key: z.string(),
  version: z.number(),
  updatedAt: z.string(),
  updatedById: z.nullable(z.string()),
  updatedByName: z.nullable(z.string()),
  record: z.unknown(),
});

/** Parses an API answer into a view, checking the record with its kind's schema. */
export function parseView<K extends RecordKind>(kind: K, value: unknown): RecordView<RecordOfKind[K]> {
  const view = z.parse(ViewShape, value);
  const record = z.parse(RECORD_SCHEMAS[kind], view.record) as RecordOfKind[K];
  return { ...view, record };
}

const onePath = (kind: RecordKind) => `/api/v1/admin/${kind}/{key}` as const;
const listPath = (kind: RecordKind) => `/api/v1/admin/${kind}` as const;
const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });

export const recordQuery = <K extends RecordKind>(kind: K, key: string) =>
  queryOptions({
    queryKey: keys.record(kind, key),
    queryFn: async () => {
      const { data } = await unwrap(api.GET(onePath(kind), { params: { path: { key } } }));
      return parseView(kind, data);
    },
    retry: (count, error) => !(error instanceof ApiError && error.status === 404) && count < 1,
  });

export async function createRecord<K extends RecordKind>(kind: K, record: RecordOfKind[K]) {
  // The body's type is the union of the four kinds' records; each call sends its own kind's.
  const { data } = await unwrap(api.POST(listPath(kind), { body: record as never }));
  return parseView(kind, data);
}

export async function replaceRecord<K extends RecordKind>(
  kind: K,
  key: string,
  version: number,
  record: RecordOfKind[K],
) {
  const { data } = await unwrap(
    api.PUT(onePath(kind), { params: { path: { key }, header: ifMatch(version) }, body: record as never }),
  );
  return parseView(kind, data);
}

export async function deleteRecord(kind: RecordKind, key: string, version: number): Promise<void> {
  const { response, error } = await api.DELETE(onePath(kind), { params: { path: { key }, header: ifMatch(version) } });
  // A 204 has no body, so unwrap (which wants data) does not fit; failures carry a problem.
  if (!response.ok) await unwrap(Promise.resolve({ error, response }));
}

/** The stored record a 409 version-conflict carries, or null when the error is something else. */
export function conflictOf<K extends RecordKind>(kind: K, error: unknown): RecordView<RecordOfKind[K]> | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  if (!error.problem.type?.endsWith('version-conflict')) return null;
  try {
    return parseView(kind, error.problem.current);
  } catch {
    return null;
  }
}
