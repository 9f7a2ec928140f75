import { Injectable, Logger } from '@nestjs/common';
import { runCases, validateCatalog, type Catalog } from '@painpath/core';
import { PrismaService } from '../database/prisma.service.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { DraftsRepository } from '../drafts/drafts.repository.js';
import { CatalogVersionsRepository } from '../catalog/catalog-versions.repository.js';
import { LiveCatalogService } from '../catalog/live-catalog.service.js';
import { readCatalogJson, snapshotOf } from '../catalog/catalog-json.js';
import { DomainError, notFound } from '../common/errors.js';
import type { StaffUser } from '../common/access.js';
import { caseImpact, diffCatalogs } from './catalog-diff.js';
import { catalogFromRows, rowsFromCatalog } from './draft-catalog.js';

/**
 * Publishing turns the drafts into an immutable catalog version. A publish validates the whole
 * draft, runs every stored clinical case, applies the four-eyes rule, then writes the version
 * and its audit entry in one transaction.
 */
@Injectable()
export class PublishingService {
  private readonly logger = new Logger('Publishing');

  constructor(
    private readonly prisma: PrismaService,
    private readonly drafts: DraftsRepository,
    private readonly versions: CatalogVersionsRepository,
    private readonly audit: AuditRepository,
    private readonly live: LiveCatalogService,
  ) {}

  async draftCatalog(): Promise<Catalog> {
    return catalogFromRows(await this.drafts.everything());
  }

  async diff() {
    const draft = await this.draftCatalog();
    const live = this.live.current;
    const validation = validateCatalog(draft);
    return {
      liveVersion: live.number,
      changes: diffCatalogs(live.catalog, draft),
      validation,
      impact: validation.ok ? caseImpact(live.catalog, draft) : [],
    };
  }

  async impact() {
    const draft = await this.draftCatalog();
    return { liveVersion: this.live.current.number, cases: caseImpact(this.live.current.catalog, draft) };
  }

  /** Who changed drafts since the last publish; a change set may not be published by its only author. */
  private async checkFourEyes(user: StaffUser): Promise<void> {
    const authors = await this.audit.draftAuthorsSince(await this.audit.lastPublishId());
    if (authors.length === 1 && authors[0] === user.id) {
      throw new DomainError(
        'forbidden',
        'Every change since the last publish is yours. Another reviewer must publish it (four-eyes rule).',
      );
    }
  }

  async publish(user: StaffUser, note: string) {
    const draft = await this.draftCatalog();
    const changes = diffCatalogs(this.live.current.catalog, draft);
    if (changes.length === 0)
      throw new DomainError(
        'publish-refused',
        'The draft is the same as the live catalog; there is nothing to publish.',
        { issues: [], failingCases: [] },
      );
    await this.checkFourEyes(user);
    const validation = validateCatalog(draft);
    const cases = validation.ok ? runCases(draft) : { results: [], failed: 0 };
    const failingCases = cases.results.filter((r) => !r.passed);
    if (!validation.ok || failingCases.length > 0) {
      throw new DomainError(
        'publish-refused',
        `Publishing was refused: ${validation.issues.length} catalog issue(s), ${failingCases.length} failing clinical case(s).`,
        {
          errors: validation.issues,
          failingCases,
        },
      );
    }
    return this.writeVersion(user, draft, note, { action: 'catalog.publish', changes: changes.length });
  }

  async restore(user: StaffUser, number: number, note: string) {
    const row = await this.versions.get(number);
    if (!row) throw notFound(`catalog version ${number}`);
    const catalog = readCatalogJson(row.json, row.number);
    return this.writeVersion(user, catalog, note || `Restored version ${number}`, {
      action: 'catalog.restore',
      restoredFrom: number,
    });
  }

  /** One transaction: the new version, drafts reset to it (for a restore), and the audit entry. */
  private async writeVersion(
    user: StaffUser | null,
    catalog: Catalog,
    note: string,
    how: { action: 'catalog.publish' | 'catalog.restore' | 'catalog.seed'; restoredFrom?: number; changes?: number },
  ) {
    const snapshot = snapshotOf(catalog, 0);
    const version = await this.prisma.client.$transaction(async (tx) => {
      const created = await this.versions.create(tx, {
        hash: snapshot.hash,
        json: snapshot.json,
        note,
        publishedById: user?.id ?? null,
        restoredFrom: how.restoredFrom,
      });
      if (how.action !== 'catalog.publish')
        await this.drafts.replaceAll(tx, rowsFromCatalog(catalog, user?.id ?? null));
      await this.audit.append(tx, {
        actor: user,
        action: how.action,
        entityKind: 'catalog',
        entityKey: String(created.number),
        after: { hash: snapshot.hash, restoredFrom: how.restoredFrom ?? null, changes: how.changes ?? null },
        note,
      });
      return created;
    });
    this.live.use({ ...snapshot, number: version.number });
    this.logger.log(`${how.action} version ${version.number} (${snapshot.hash.slice(0, 12)})`);
    return { ...version, publishedAt: version.publishedAt.toISOString() };
  }

  /** First start: the default catalog becomes the drafts and version 1. */
  async seedIfEmpty(catalog: Catalog): Promise<boolean> {
    if ((await this.versions.count()) > 0) return false;
    await this.writeVersion(null, catalog, 'Default catalog shipped with PainPath', { action: 'catalog.seed' });
    return true;
  }

  async listVersions(limit: number, before?: number) {
    const rows = await this.versions.list(limit, before);
    return {
      items: rows.map((r) => ({
        ...r,
        publishedAt: r.publishedAt.toISOString(),
        live: r.number === this.live.current.number,
      })),
    };
  }
}
