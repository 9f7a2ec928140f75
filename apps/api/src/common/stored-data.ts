import { Logger } from '@nestjs/common';
import { z } from 'zod';
import { DomainError } from './errors.js';

const logger = new Logger('StoredData');

/** The detail of the 500 answered for such a row; the specifics are in the server log only. */
export const STORED_DATA_FAULT = 'A record stored on the server could not be read. The fault has been logged.';

/**
 * A row read back from the database that does not match its schema: a server fault (a hand
 * edit, a schema change that shipped without an upgrade for older rows), never the client's.
 * The log names the row and the failing paths (not the stored values, which may be a patient's
 * answers); the client gets the catalogue's 500 (`internal`).
 */
export function storedDataFault(where: string, problem: string): DomainError {
  logger.error(`${where} in the database does not match its schema: ${problem}`);
  return new DomainError('internal', STORED_DATA_FAULT);
}

/**
 * Checks a value read from the database against its schema and returns the parsed value. Takes
 * any zod 4 schema, classic or zod/mini (core's).
 */
export function parseStored<S extends z.core.$ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw storedDataFault(where, problems.join('; '));
}

/** Parses JSON text stored in a column with its schema. Data from the database is never cast. */
export function parseStoredJson<S extends z.core.$ZodType>(schema: S, text: string, where: string): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // JSON.parse quotes part of the text in its message; only the fact reaches the log.
    throw storedDataFault(where, 'not valid JSON');
  }
  return parseStored(schema, value, where);
}
