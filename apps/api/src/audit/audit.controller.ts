import { Controller, Get, Query } from '@nestjs/common';
import { z } from 'zod';
import { Roles } from '../common/access.js';
import { Doc } from '../openapi/doc.decorator.js';
import { AUDIT_ACTIONS } from './audit.repository.js';
import { AuditRepository } from './audit.repository.js';

const AuditQuerySchema = z.strictObject({
  action: z.enum(AUDIT_ACTIONS).optional(),
  entityKind: z.string().max(40).optional(),
  actorId: z.string().max(64).optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
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
});

@Controller('admin/audit')
export class AuditController {
  constructor(private readonly audit: AuditRepository) {}

  @Get()
  @Roles('admin')
  @Doc({
    summary: 'The append-only audit log, newest first (page with ?before=<id>)',
    response: z.object({ items: z.array(AuditEntrySchema) }),
  })
  async list(@Query({ schema: AuditQuerySchema }) query: z.infer<typeof AuditQuerySchema>) {
    const items = await this.audit.list({ ...query, beforeId: query.before });
    return { items };
  }
}
