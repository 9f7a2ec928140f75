import { Controller, Get, Query } from '@nestjs/common';
import { z } from 'zod';
import { Roles } from '../common/access.js';
import { Doc } from '../openapi/doc.decorator.js';
import { AUDIT_ACTIONS } from './audit.repository.js';
import { AuditRepository } from './audit.repository.js';

/** A whole day (YYYY-MM-DD, UTC) or an instant (ISO date-time with Z or an offset). */
const DayOrInstant = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

/** Where a `from` or `to` bound falls: a day starts at its UTC midnight; `to` takes in the whole day. */
export function boundOf(value: string, side: 'from' | 'to'): Date {
  const isDay = value.length === 10;
  const start = new Date(isDay ? `${value}T00:00:00.000Z` : value);
  return isDay && side === 'to' ? new Date(start.getTime() + 86_400_000 - 1) : start;
}

const AuditQuerySchema = z
  .strictObject({
    action: z.enum(AUDIT_ACTIONS).optional(),
    entityKind: z.string().max(40).optional(),
    entityKey: z.string().min(1).max(200).optional(),
    actorId: z.string().max(64).optional(),
    from: DayOrInstant.optional(),
    to: DayOrInstant.optional(),
    before: z.coerce.number().int().positive().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .refine(({ from, to }) => !from || !to || boundOf(from, 'from') <= boundOf(to, 'to'), {
    path: ['to'],
    message: 'must not be before from',
  });

const AuditEntrySchema = z.object({
  id: z.number(),
  at: z.iso.datetime(),
  actorId: z.string().nullable(),
  actorEmail: z.string().nullable(),
  action: z.string(),
  entityKind: z.string(),
  entityKey: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  note: z.string().nullable(),
  readable: z.boolean().meta({
    description: 'false when the stored entry does not match its schema: shown with its id, before and after null',
  }),
});

@Controller('admin/audit')
export class AuditController {
  constructor(private readonly audit: AuditRepository) {}

  @Get()
  @Roles('admin')
  @Doc({
    summary:
      'The append-only audit log, newest first (page with ?before=<id>); filter by action, person, record and time',
    description:
      '`entityKey` matches exactly. `from` and `to` take a date (YYYY-MM-DD, a UTC day; `to` includes the whole day) or an ISO date-time with an offset; both bounds are inclusive.',
    response: z.object({ items: z.array(AuditEntrySchema) }),
  })
  async list(@Query({ schema: AuditQuerySchema }) query: z.infer<typeof AuditQuerySchema>) {
    const { before, from, to, ...filter } = query;
    const items = await this.audit.list({
      ...filter,
      beforeId: before,
      from: from === undefined ? undefined : boundOf(from, 'from'),
      to: to === undefined ? undefined : boundOf(to, 'to'),
    });
    return { items };
  }
}
