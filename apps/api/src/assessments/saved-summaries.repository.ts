import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service.js';

@Injectable()
export class SavedSummariesRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(id: string, payload: string, createdAt: Date, expiresAt: Date) {
    return this.prisma.client.savedSummary.create({ data: { id, payload, createdAt, expiresAt } });
  }

  findLive(id: string, now: Date) {
    return this.prisma.client.savedSummary.findFirst({ where: { id, expiresAt: { gt: now } } });
  }

  async deleteExpired(now: Date): Promise<number> {
    const { count } = await this.prisma.client.savedSummary.deleteMany({ where: { expiresAt: { lte: now } } });
    return count;
  }
}
