import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service.js';

/** How long a browser stays known to an account after it signed in there. */
export const DEVICE_TRUST_DAYS = 90;

/** Browsers that have signed in to an account before (see LoginThrottleRepository for what they change). */
@Injectable()
export class TrustedDevicesRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The device with this id if it is known to the account of this email and has not expired. */
  async findForEmail(id: string, email: string, now: Date): Promise<{ id: string } | null> {
    const row = await this.prisma.client.trustedDevice.findUnique({
      where: { id },
      select: { id: true, expiresAt: true, user: { select: { email: true } } },
    });
    return row && row.user.email === email && row.expiresAt > now ? { id: row.id } : null;
  }

  /** Remembers a browser for an account, and forgets that account's expired ones. */
  async create(id: string, userId: string, now: Date): Promise<Date> {
    const expiresAt = new Date(now.getTime() + DEVICE_TRUST_DAYS * 24 * 3600 * 1000);
    await this.prisma.client.trustedDevice.deleteMany({ where: { userId, expiresAt: { lte: now } } });
    await this.prisma.client.trustedDevice.create({ data: { id, userId, expiresAt, windowStart: now } });
    return expiresAt;
  }
}
