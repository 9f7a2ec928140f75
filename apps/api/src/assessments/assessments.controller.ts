import { Body, Controller, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { z } from 'zod';
import { AnswersSchema, RecommendationSchema, type Answers } from '@painpath/core';
import { Public } from '../common/access.js';
import { Doc } from '../openapi/doc.decorator.js';
import { RateLimit } from '../common/rate-limit.js';
import { AssessmentsService } from './assessments.service.js';

const SaveSchema = z.strictObject({
  answers: AnswersSchema,
  consent: z.literal(true, { message: 'saving needs your explicit consent' }),
});
const SummaryId = z.string().regex(/^[A-Za-z0-9_-]{22}$/, 'not a saved summary id');
const SavedSummarySchema = z.object({
  id: z.string(),
  expiresAt: z.string(),
  answers: z.unknown(),
  recommendation: RecommendationSchema,
});

@Controller('assessments')
export class AssessmentsController {
  constructor(private readonly assessments: AssessmentsService) {}

  @Post('evaluate')
  @Public()
  @HttpCode(200)
  @Header('cache-control', 'no-store')
  @Doc({
    summary: 'Evaluate answers against the live catalog. Nothing is stored or logged.',
    response: RecommendationSchema,
  })
  evaluate(@Body({ schema: AnswersSchema }) answers: Answers) {
    return this.assessments.evaluate(answers);
  }

  @Post()
  @Public()
  @RateLimit('saveSummary')
  @HttpCode(201)
  @Header('cache-control', 'no-store')
  @Doc({
    summary: 'Save a summary (opt-in, needs consent: true); returns an unguessable id valid for 30 days',
    response: SavedSummarySchema,
    status: 201,
    errors: [429],
  })
  save(@Body({ schema: SaveSchema }) body: z.infer<typeof SaveSchema>) {
    return this.assessments.save(body.answers);
  }

  @Get(':id')
  @Public()
  @RateLimit('readSummary')
  @Header('cache-control', 'no-store')
  @Doc({
    summary: 'A saved summary, for whoever holds its id, until it expires',
    response: SavedSummarySchema,
    errors: [404, 429],
  })
  find(@Param('id', { schema: SummaryId }) id: string) {
    return this.assessments.find(id);
  }
}
