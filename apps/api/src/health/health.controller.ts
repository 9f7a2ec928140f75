import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { Public } from '../common/access.js';
import { PrismaService } from '../database/prisma.service.js';
import { Doc } from '../openapi/doc.decorator.js';

@Controller('health')
export class HealthController {
  constructor(private readonly prisma: PrismaService) {}

  @Get()
  @Public()
  @Doc({
    summary: 'Liveness and database reachability; 503 when the database is unreachable',
    response: z.object({ status: z.string(), db: z.string() }),
    errors: [503],
  })
  async health(@Res({ passthrough: true }) reply: FastifyReply) {
    const ok = await this.prisma.ping();
    void reply.status(ok ? 200 : 503).header('cache-control', 'no-store');
    return ok ? { status: 'ok', db: 'ok' } : { status: 'error', db: 'unreachable' };
  }
}
