import { Injectable, Logger } from '@nestjs/common';
import { catalogHash, runCases, validateCatalog, type Catalog } from '@painpath/core';
import { PrismaService, type Tx } from '../database/prisma.service.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { DraftsRepository } from '../drafts/drafts.repository.js';
import { CatalogVersionsRepository } from '../catalog/catalog-versions.repository.js';
import { LiveCatalogService } from '../catalog/live-catalog.service.js';
import { readCatalogJson, snapshotOf, type CatalogSnapshot } from '../catalog/catalog-json.js';
import { DomainError, isUniqueViolation, notFound } from '../common/errors.js';
import type { StaffUser } from '../common/access.js';
import { caseImpact, diffCatalogs, type RecordChange } from './catalog-diff.js';
import { catalogFromRows, rowsFromCatalog } from './draft-catalog.js';
import { unsafeTextIssues } from '../drafts/stored-text.js';
import { VersionWriterRepository } from './version-writer.repository.js';

type Action = 'catalog.publish' | 'catalog.restore' | 'catalog.seed';

/** What a committed write leaves: the version row and the snapshot to serve as live. */
interface Written {
  action: Action;
  version: VersionSummary;
  snapshot: CatalogSnapshot;
}

/** A version as the API shows it. */
interface VersionSummary {
  number: number;
  hash: string;
  note: string;
  publishedById: string | null;
  publishedAt: Date;
  restoredFrom: number | null;
}

const summaryOf = ({ number, hash, note, publishedById, publishedAt, restoredFrom }: VersionSummary) => ({
  number,
  hash,
  note,
  publishedById,
  publishedAt: publishedAt.toISOString(),
  restoredFrom,
});

/**
 * Publishing turns the drafts into an immutable catalog version. A publish or restore names the
 * live version it was prepared against (baseVersion) and runs in one transaction holding the
 * catalog lock (PrismaService.catalogTransaction, shared with every draft write): check that
 * version is still live, read the drafts, apply the four-eyes rule, validate and run every stored
 * clinical case, then insert version live + 1 (unique, so of two concurrent writers one commits
 * and the other gets 409) with its audit entry (and, for a restore, the drafts reset to it).
 */
@Injectable()
export class PublishingService {
  private readonly logger = new Logger('Publishing');

  constructor(
    private readonly prisma: PrismaService,
    private readonly drafts: DraftsRepository,
    private readonly versions: CatalogVersionsRepository,
    private readonly writer: VersionWriterRepository,
    private readonly audit: AuditRepository,
    private readonly live: LiveCatalogService,
  ) {}

  async draftCatalog(tx?: Tx): Promise<Catalog> {
    return catalogFromRows(await this.drafts.everything(tx));
  }

  /** The whole draft as one Catalog with its validation issues, for the CMS test bench. */
  async draft() {
    const catalog = await this.draftCatalog();
    return {
      liveVersion: this.live.current.number,
      hash: catalogHash(catalog),
      catalog,
      validation: validateCatalog(catalog),
    };
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

  /**
   * The four-eyes rule: the authors of a change set are those who created, edited or deleted a
   * record that differs between live and draft since the last publish, and a change set may not
   * be published by its only author. An edit that was undone, or a record saved unchanged, makes
   * nobody an author.
   */
  private checkFourEyes(
    user: StaffUser,
    changes: RecordChange[],
    edits: { actorId: string | null; entityKind: string; entityKey: string }[],
  ): void {
    const changed = new Set(changes.map((c) => JSON.stringify([c.kind, c.key])));
    const authors = new Set(
      edits.filter((e) => changed.has(JSON.stringify([e.entityKind, e.entityKey]))).map((e) => e.actorId),
    );
    if (authors.size === 1 && authors.has(user.id)) {
      throw new DomainError(
        'forbidden',
        'Every change since the last publish is yours. Another reviewer must publish it (four-eyes rule).',
      );
    }
  }

  async publish(user: StaffUser, note: string, baseVersion: number) {
    return this.writeAgainst(baseVersion, async (tx, live) => {
      // The change set's authors are read before the drafts: any author counted then has their
      // edit in the drafts read next, so a concurrent edit can only make the rule stricter.
      const edits = await this.audit.draftEditsSince(tx, await this.audit.lastPublishId(tx));
      const draft = await this.draftCatalog(tx);
      const changes = diffCatalogs(this.catalogOf(live), draft);
      if (changes.length === 0)
        throw new DomainError(
          'publish-refused',
          'The draft is the same as the live catalog; there is nothing to publish.',
          { errors: [], failingCases: [] },
        );
      this.checkFourEyes(user, changes, edits);
      const validation = validateCatalog(draft);
      // Drafts are checked for unsafe text when saved; rows stored before that check are caught here.
      const issues = [...validation.issues, ...unsafeTextIssues(draft)];
      const cases = validation.ok ? runCases(draft) : { results: [], failed: 0 };
      const failingCases = cases.results.filter((r) => !r.passed);
      if (issues.length > 0 || failingCases.length > 0) {
        throw new DomainError(
          'publish-refused',
          `Publishing was refused: ${issues.length} catalog issue(s), ${failingCases.length} failing clinical case(s).`,
          {
            errors: issues,
            failingCases,
          },
        );
      }
      return this.writeVersion(tx, live.number + 1, user, draft, note, {
        action: 'catalog.publish',
        changes: changes.length,
      });
    });
  }

  async restore(user: StaffUser, number: number, note: string, baseVersion: number) {
    const row = await this.versions.get(number);
    if (!row) throw notFound(`catalog version ${number}`);
    const catalog = readCatalogJson(row.json, row.number);
    return this.writeAgainst(baseVersion, (tx, live) =>
      this.writeVersion(tx, live.number + 1, user, catalog, note || `Restored version ${number}`, {
        action: 'catalog.restore',
        restoredFrom: number,
      }),
    );
  }

  /**
   * Runs a publish or restore in one transaction, refusing with 409 (and the version live now)
   * when the live version is not the one the request was prepared against, whether it had
   * already changed or a concurrent writer commits first.
   */
  private async writeAgainst(
    baseVersion: number,
    write: (tx: Tx, live: VersionSummary & { json: string }) => Promise<Written>,
  ) {
    let written: Written;
    try {
      written = await this.prisma.catalogTransaction(async (tx) => {
        const live = await this.versions.latest(tx);
        if (!live || live.number !== baseVersion) throw this.staleBase(baseVersion, live);
        return write(tx, live);
      });
    } catch (error) {
      // The catalog lock orders publishes, restores and draft writes, so a writer that waited for
      // it may find the live version moved: that is the 409 above. This check is the second line,
      // for a writer the lock cannot see (a database edited by hand or an older process): if the
      // live version has moved since, any refusal or unique violation becomes the same 409.
      if (isUniqueViolation(error) || error instanceof DomainError) {
        const live = await this.versions.latest();
        if (live?.number !== baseVersion) throw this.staleBase(baseVersion, live);
      }
      throw error;
    }
    this.committed(written);
    return summaryOf(written.version);
  }

  /** After the commit: serve the new version at once in this process (others poll for it). */
  private committed({ action, version, snapshot }: Written): void {
    this.live.use(snapshot);
    this.logger.log(`${action} version ${version.number} (${version.hash.slice(0, 12)})`);
  }

  private staleBase(baseVersion: number, live: VersionSummary | null): DomainError {
    return new DomainError(
      'version-conflict',
      `The live catalog is now version ${live?.number ?? 'none'}, not version ${baseVersion} that this was prepared against. Review the changes since, then try again with baseVersion ${live?.number ?? 'none'}.`,
      { current: live ? summaryOf(live) : null },
    );
  }

  /** The live catalog as of this transaction (the in-memory copy when it is the same version). */
  private catalogOf(live: { number: number; json: string }): Catalog {
    const current = this.live.current;
    return current.number === live.number ? current.catalog : readCatalogJson(live.json, live.number);
  }

  /**
   * Inside the caller's transaction: the new version under its number (first, so a concurrent
   * writer fails before doing more), the drafts reset to it (restore, seed), and the audit entry.
   */
  private async writeVersion(
    tx: Tx,
    number: number,
    user: StaffUser | null,
    catalog: Catalog,
    note: string,
    how: { action: Action; restoredFrom?: number; changes?: number },
  ): Promise<Written> {
    const snapshot = snapshotOf(catalog, number);
    const version = await this.writer.insert(tx, {
      number,
      hash: snapshot.hash,
      json: snapshot.json,
      note,
      publishedById: user?.id ?? null,
      restoredFrom: how.restoredFrom ?? null,
    });
    if (how.action !== 'catalog.publish') await this.drafts.replaceAll(tx, rowsFromCatalog(catalog, user?.id ?? null));
    await this.audit.append(tx, {
      actor: user,
      action: how.action,
      entityKind: 'catalog',
      entityKey: String(version.number),
      after: { hash: snapshot.hash, restoredFrom: how.restoredFrom ?? null, changes: how.changes ?? null },
      note,
    });
    return { action: how.action, version, snapshot };
  }

  /**
   * First start: the default catalog becomes the drafts and version 1. Of several processes
   * starting on one empty database, one seeds; the others find version 1 taken and go on.
   */
  async seedIfEmpty(catalog: Catalog): Promise<boolean> {
    if ((await this.versions.count()) > 0) return false;
    let written: Written;
    try {
      written = await this.prisma.catalogTransaction((tx) =>
        this.writeVersion(tx, 1, null, catalog, 'Default catalog shipped with PainPath', { action: 'catalog.seed' }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
    this.committed(written);
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
