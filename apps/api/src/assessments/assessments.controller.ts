import { Body, Controller, Get, Header, HttpCode, Param, Post, Query } from '@nestjs/common';
import { z } from 'zod';
import * as zm from 'zod/mini';
import { AnswersSchema, RecommendationSchema, type Answers } from '@painpath/core';
import { Public } from '../common/access.js';
import { Doc } from '../openapi/doc.decorator.js';
import { RateLimit } from '../common/rate-limit.js';
import { PlainPost } from '../public-routes/plain-route.decorator.js';
import { AssessmentsService } from './assessments.service.js';

/** `?include=trace` asks for the trace; without it a Recommendation leaves without one. */
const IncludeQuery = z.strictObject({
  include: z.literal('trace', { message: 'the only part that can be included is "trace"' }).optional(),
});
type Include = z.infer<typeof IncludeQuery>;
const withTrace = (query: Include) => query.include === 'trace';

/** A Recommendation as this API answers it: `trace` only when asked for. */
const RecommendationOutSchema = zm.extend(RecommendationSchema, {
  trace: zm.optional(RecommendationSchema.shape.trace),
});

const SaveSchema = z.strictObject({
  answers: AnswersSchema,
  consent: z.literal(true, { message: 'saving needs your explicit consent' }),
});
const SummaryId = z.string().regex(/^[A-Za-z0-9_-]{22}$/, 'not a saved summary id');
const SavedSummarySchema = z.object({
  id: z.string(),
  savedAt: z.string(),
  expiresAt: z.string(),
  answers: z.unknown(),
  recommendation: RecommendationOutSchema,
});

@Controller('assessments')
export class AssessmentsController {
  constructor(private readonly assessments: AssessmentsService) {}

  // Called by integrations at volume: a plain Fastify route, see plain-routes.ts.
  @PlainPost('evaluate')
  @Public()
  @RateLimit('evaluate')
  @HttpCode(200)
  @Header('cache-control', 'no-store')
  @Doc({
    summary:
      'Evaluate answers against the live catalog. Nothing is stored or logged. The trace, with structured checks, only with ?include=trace',
    response: RecommendationOutSchema,
    errors: [429],
  })
  evaluate(@Body({ schema: AnswersSchema }) answers: Answers, @Query({ schema: IncludeQuery }) query: Include) {
    return this.assessments.evaluate(answers, { trace: withTrace(query) });
  }

  @Post()
  @Public()
  @RateLimit('saveSummary')
  @HttpCode(201)
  @Header('cache-control', 'no-store')
  @Doc({
    summary:
      'Save a summary (opt-in, needs consent: true); returns an unguessable id valid for 30 days. The stored trace (without checks) only with ?include=trace',
    response: SavedSummarySchema,
    status: 201,
    errors: [429],
  })
  async save(
    @Body({ schema: SaveSchema }) body: z.infer<typeof SaveSchema>,
    @Query({ schema: IncludeQuery }) query: Include,
  ) {
    return this.assessments.withoutTrace(await this.assessments.save(body.answers), withTrace(query));
  }

  @Get(':id')
  @Public()
  @RateLimit('readSummary')
  @Header('cache-control', 'no-store')
  @Doc({
    summary:
      'A saved summary, for whoever holds its id, until it expires. The stored trace (without checks) only with ?include=trace',
    response: SavedSummarySchema,
    errors: [404, 429],
  })
  async find(@Param('id', { schema: SummaryId }) id: string, @Query({ schema: IncludeQuery }) query: Include) {
    return this.assessments.withoutTrace(await this.assessments.find(id), withTrace(query));
  }
}
