import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/prisma.service.js';

export interface NumberedVersion {
  /** The live version's number plus one: the writer names it, the primary key keeps it unique. */
  number: number;
  hash: string;
  json: string;
  note: string;
  publishedById: string | null;
  restoredFrom: number | null;
}

/**
 * Inserts catalog versions under a number the writer chooses (live + 1) instead of the
 * database's counter. Two publishes or restores prepared against the same live version both ask
 * for the same number, so the primary key lets exactly one of them commit; the other fails with
 * a unique-constraint error (Prisma P2002) and its transaction rolls back whole. Reading versions
 * stays with CatalogVersionsRepository.
 */
@Injectable()
export class VersionWriterRepository {
  insert(tx: Tx, version: NumberedVersion) {
    return tx.catalogVersion.create({
      data: version,
      select: { number: true, hash: true, note: true, publishedById: true, publishedAt: true, restoredFrom: true },
    });
  }
}
