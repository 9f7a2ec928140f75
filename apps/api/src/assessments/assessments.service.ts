import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import {
  AnswersSchema,
  AnswersValidationError,
  evaluateAssessment,
  RecommendationSchema,
  type Answers,
  type Recommendation,
} from '@painpath/core';
import { z } from 'zod';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { LiveCatalogService } from '../catalog/live-catalog.service.js';
import { invalid, notFound } from '../common/errors.js';
import { parseStoredJson } from '../common/stored-data.js';
import { SavedSummariesRepository } from './saved-summaries.repository.js';

const PURGE_EVERY_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What a saved summary row holds. Both parts are read back with core's schemas, so summaries
 * saved before a field was added still read: Recommendation's later fields (notes on options
 * and on the result, checks on trace entries) are defaulted or optional.
 */
export const SummaryPayloadSchema = z.strictObject({ answers: AnswersSchema, recommendation: RecommendationSchema });
type SummaryPayload = z.output<typeof SummaryPayloadSchema>;

export interface SavedSummary {
  id: string;
  /** When the person saved it, so a clinician reading the link knows how old the answers are. */
  savedAt: string;
  expiresAt: string;
  answers: Answers;
  recommendation: Recommendation;
}

/** A Recommendation as answered over HTTP: the trace only when it was asked for. */
export type RecommendationOut = Omit<Recommendation, 'trace'> & Partial<Pick<Recommendation, 'trace'>>;
export type SavedSummaryOut = Omit<SavedSummary, 'recommendation'> & { recommendation: RecommendationOut };

/**
 * Assessments run against the live catalog and are never stored or logged, unless the patient
 * asks to save a summary: that is kept under a 128-bit random id until it expires.
 */
@Injectable()
export class AssessmentsService implements OnModuleDestroy {
  private readonly logger = new Logger('Assessments');
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly live: LiveCatalogService,
    private readonly summaries: SavedSummariesRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The Recommendation for these answers on the live catalog. Without `trace` it leaves out the
   * trace (most of the size of a response, and nothing a patient reads); with it, the trace
   * carries the structured checks as well.
   */
  evaluate(answers: Answers, options: { trace: boolean }): RecommendationOut {
    if (options.trace) return this.run(answers, { checks: true });
    const { trace: _trace, ...recommendation } = this.run(answers, {});
    return recommendation;
  }

  /** A saved summary as answered: its stored trace only when asked for. */
  withoutTrace(summary: SavedSummary, keepTrace: boolean): SavedSummaryOut {
    if (keepTrace) return summary;
    const { trace: _trace, ...recommendation } = summary.recommendation;
    return { ...summary, recommendation };
  }

  private run(answers: Answers, options: { checks?: boolean }): Recommendation {
    try {
      return evaluateAssessment(this.live.current.catalog, answers, options);
    } catch (error) {
      if (error instanceof AnswersValidationError) throw invalid('Some answers do not match the catalog', error.issues);
      throw error;
    }
  }

  /**
   * Saves the answers and their Recommendation, trace included (without structured checks), as
   * summaries always have been stored: the trace is the record of why this result came out, even
   * after the catalog has changed. The endpoints return it only with ?include=trace.
   */
  async save(answers: Answers, now = new Date()): Promise<SavedSummary> {
    const recommendation = this.run(answers, {});
    const id = randomBytes(16).toString('base64url');
    // Only the day of expiry is kept precisely enough to matter; no IP, agent or account is stored.
    const expiresAt = new Date(now.getTime() + this.config.summaryTtlDays * DAY_MS);
    const payload: SummaryPayload = { answers, recommendation };
    await this.summaries.create(id, JSON.stringify(payload), now, expiresAt);
    return { id, savedAt: now.toISOString(), expiresAt: expiresAt.toISOString(), answers, recommendation };
  }

  async find(id: string, now = new Date()): Promise<SavedSummary> {
    const row = await this.summaries.findLive(id, now);
    if (!row) throw notFound('This saved summary (it may have expired)');
    // The id is a bearer secret, so the log names no more than the kind of row.
    const { answers, recommendation } = parseStoredJson(SummaryPayloadSchema, row.payload, 'a saved summary');
    return {
      id: row.id,
      savedAt: row.createdAt.toISOString(),
      expiresAt: row.expiresAt.toISOString(),
      answers,
      recommendation,
    };
  }

  async purgeExpired(now = new Date()): Promise<number> {
    const removed = await this.summaries.deleteExpired(now);
    if (removed > 0) this.logger.log(`purged ${removed} expired saved summaries`);
    return removed;
  }

  startPurging(): void {
    void this.purgeExpired().catch(() => undefined);
    this.timer ??= setInterval(() => void this.purgeExpired().catch(() => undefined), PURGE_EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }
}
