import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service.js';
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

  touch(id: string, at: Date) {
    return this.prisma.client.session.updateMany({ where: { id }, data: { lastSeenAt: at } });
  }

  delete(id: string) {
    return this.prisma.client.session.deleteMany({ where: { id } });
  }

  deleteForUser(userId: string) {
    return this.prisma.client.session.deleteMany({ where: { userId } });
  }
}
