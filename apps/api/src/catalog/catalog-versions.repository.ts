import { Injectable } from '@nestjs/common';
import { PrismaService, type Tx } from '../database/prisma.service.js';

export interface NewVersion {
  hash: string;
  json: string;
  note: string;
  publishedById: string | null;
  restoredFrom?: number | null;
}

const SUMMARY = {
  number: true,
  hash: true,
  note: true,
  publishedById: true,
  publishedAt: true,
  restoredFrom: true,
} as const;

/** Published catalog versions are immutable: this class only ever inserts and reads them. */
@Injectable()
export class CatalogVersionsRepository {
  constructor(private readonly prisma: PrismaService) {}

  latest(tx: Tx = this.prisma.client) {
    return tx.catalogVersion.findFirst({ orderBy: { number: 'desc' } });
  }

  latestNumber() {
    return this.prisma.client.catalogVersion.findFirst({ orderBy: { number: 'desc' }, select: { number: true } });
  }

  get(number: number) {
    return this.prisma.client.catalogVersion.findUnique({ where: { number } });
  }

  list(limit: number, beforeNumber?: number) {
    return this.prisma.client.catalogVersion.findMany({
      where: beforeNumber ? { number: { lt: beforeNumber } } : undefined,
      orderBy: { number: 'desc' },
      take: limit,
      select: SUMMARY,
    });
  }

  count() {
    return this.prisma.client.catalogVersion.count();
  }

  create(tx: Tx, version: NewVersion) {
    return tx.catalogVersion.create({
      data: { ...version, restoredFrom: version.restoredFrom ?? null },
      select: SUMMARY,
    });
  }
}
