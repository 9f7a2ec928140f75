import { Injectable } from '@nestjs/common';
import { PrismaService, type Tx } from '../database/prisma.service.js';
import { withRole } from '../users/users.repository.js';

@Injectable()
export class SessionsRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(id: string, userId: string, expiresAt: Date) {
    return this.prisma.client.session.create({ data: { id, userId, expiresAt } });
  }

  async findWithUser(id: string) {
    const session = await this.prisma.client.session.findUnique({ where: { id }, include: { user: true } });
    return session && { ...session, user: withRole(session.user) };
  }

  /** Moves lastSeenAt forward (never back, should two requests race). */
  touch(id: string, at: Date) {
    return this.prisma.client.session.updateMany({ where: { id, lastSeenAt: { lt: at } }, data: { lastSeenAt: at } });
  }

  delete(id: string) {
    return this.prisma.client.session.deleteMany({ where: { id } });
  }

  deleteForUser(userId: string, tx: Tx = this.prisma.client) {
    return tx.session.deleteMany({ where: { userId } });
  }
}
