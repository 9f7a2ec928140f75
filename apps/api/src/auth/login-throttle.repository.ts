import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service.js';

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;
export const LOCK_MS = 15 * 60 * 1000;

/**
 * Failed logins are counted per email (not per IP, so rotating addresses does not help an
 * attacker). After MAX_FAILURES within WINDOW_MS the account is locked for LOCK_MS; the lock
 * also refuses the right password.
 */
@Injectable()
export class LoginThrottleRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Milliseconds until the account may try again, or 0. */
  async lockedFor(email: string, now: Date): Promise<number> {
    const row = await this.prisma.client.loginThrottle.findUnique({ where: { email } });
    const until = row?.lockedUntil?.getTime() ?? 0;
    return Math.max(0, until - now.getTime());
  }

  async recordFailure(email: string, now: Date): Promise<void> {
    const row = await this.prisma.client.loginThrottle.findUnique({ where: { email } });
    const fresh = !row || now.getTime() - row.windowStart.getTime() > WINDOW_MS;
    const failures = fresh ? 1 : row.failures + 1;
    const lockedUntil = failures >= MAX_FAILURES ? new Date(now.getTime() + LOCK_MS) : null;
    const data = { failures, windowStart: fresh ? now : row.windowStart, lockedUntil };
    await this.prisma.client.loginThrottle.upsert({ where: { email }, create: { email, ...data }, update: data });
  }

  async clear(email: string): Promise<void> {
    await this.prisma.client.loginThrottle.deleteMany({ where: { email } });
  }
}
