import { Injectable } from '@nestjs/common';
import { PrismaService, type Db, type Tx } from '../database/prisma.service.js';

/** Password checks allowed per subject (see below) within WINDOW_MS before it is locked. */
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;
/** How long a lock lasts. It ends by itself; an admin can end it sooner (POST /admin/users/{id}/unlock). */
export const LOCK_MS = 15 * 60 * 1000;

/**
 * What sign-in attempts are counted against:
 * - `account`: attempts for an email (known or not, so a lock says nothing about which accounts
 *   exist) from any browser the account has not signed in from before. Counted per account, not
 *   per address, so rotating addresses does not buy an attacker more guesses.
 * - `device`: attempts from a browser that holds a device cookie of this very account (it signed
 *   in there before). Counted on that browser alone, so strangers who lock the account cannot
 *   lock its owner out of their usual browser, and that browser's own guesses lock only it.
 */
export type ThrottleSubject = { kind: 'account'; email: string } | { kind: 'device'; id: string };

/** A write refused by a unique constraint (Prisma P2002). */
const isUniqueViolation = (error: unknown) => error instanceof Error && Reflect.get(error, 'code') === 'P2002';

export type Reservation = { granted: true } | { granted: false; retryAfterMs: number };

/** The counter columns both tables share, and the filters used on them. */
interface CounterWhere {
  failures?: { lt: number } | { gte: number };
  lockedUntil?: null | { lte: Date };
  windowStart?: { lt: Date };
  OR?: CounterWhere[];
}
interface CounterData {
  failures?: number | { increment: number };
  windowStart?: Date;
  lockedUntil?: Date | null;
}

/**
 * Counts sign-in attempts so that concurrency cannot beat the limit. An attempt takes its place
 * in the count *before* the password is checked, in one conditional UPDATE
 * (`failures = failures + 1 WHERE failures < MAX AND lockedUntil IS NULL`): of any number of
 * simultaneous attempts exactly MAX_FAILURES get a place, and the rest are refused without
 * running argon2. A failed check keeps its place; the one that finds the count full sets the
 * lock (again a conditional UPDATE, so exactly one does, in the transaction that writes the
 * `auth.locked` audit entry). A successful sign-in clears its subject's count.
 */
@Injectable()
export class LoginThrottleRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Takes a place for one password check, or says how long until the subject may try again. */
  async reserve(subject: ThrottleSubject, now: Date): Promise<Reservation> {
    const db = this.prisma.client;
    // A lock that has run out, or a window that has passed, starts a fresh count.
    await this.update(
      db,
      subject,
      {
        OR: [
          { lockedUntil: { lte: now } },
          { lockedUntil: null, windowStart: { lt: new Date(now.getTime() - WINDOW_MS) } },
        ],
      },
      { failures: 0, windowStart: now, lockedUntil: null },
    );
    for (let attempt = 0; attempt < 3; attempt++) {
      // The check and the count in one statement: nothing can read the count in between.
      const taken = await this.update(
        db,
        subject,
        { failures: { lt: MAX_FAILURES }, lockedUntil: null },
        { failures: { increment: 1 } },
      );
      if (taken) return { granted: true };
      const state = await this.read(subject);
      if (state) {
        // Locked, or every place is taken by checks still running (they will lock it if they fail).
        const until = state.lockedUntil?.getTime() ?? now.getTime() + LOCK_MS;
        return { granted: false, retryAfterMs: Math.max(1000, until - now.getTime()) };
      }
      if (subject.kind === 'device') break; // the device row went away meanwhile
      try {
        await db.loginThrottle.create({ data: { email: subject.email, failures: 1, windowStart: now } });
        return { granted: true };
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        // A simultaneous first attempt created the row: take a place in it instead.
      }
    }
    return { granted: false, retryAfterMs: 1000 };
  }

  /**
   * After a failed check (whose place stays counted): locks the subject when the count is full
   * and nobody has locked it yet. True for the one caller that set the lock.
   */
  async lockIfFull(tx: Tx, subject: ThrottleSubject, now: Date): Promise<boolean> {
    const locked = await this.update(
      tx,
      subject,
      { failures: { gte: MAX_FAILURES }, lockedUntil: null },
      { lockedUntil: new Date(now.getTime() + LOCK_MS) },
    );
    return locked > 0;
  }

  /** After a successful sign-in: the subject's count starts again. */
  async clear(subject: ThrottleSubject, now: Date): Promise<void> {
    if (subject.kind === 'account') {
      await this.prisma.client.loginThrottle.deleteMany({ where: { email: subject.email } });
    } else {
      await this.update(this.prisma.client, subject, {}, { failures: 0, windowStart: now, lockedUntil: null });
    }
  }

  /**
   * Ends every lock and count of one account: the account's own and those of its browsers.
   * Returns how many locks were still in force.
   */
  async unlock(tx: Tx, email: string, userId: string, now: Date): Promise<number> {
    const active = { lockedUntil: { gt: now } };
    const locks =
      (await tx.loginThrottle.count({ where: { email, ...active } })) +
      (await tx.trustedDevice.count({ where: { userId, ...active } }));
    await tx.loginThrottle.deleteMany({ where: { email } });
    await tx.trustedDevice.updateMany({
      where: { userId },
      data: { failures: 0, windowStart: now, lockedUntil: null },
    });
    return locks;
  }

  /** Accounts (by email) whose sign-in is locked at `now`, with when each lock ends by itself. */
  async lockedAccounts(now: Date): Promise<Map<string, Date>> {
    const rows = await this.prisma.client.loginThrottle.findMany({
      where: { lockedUntil: { gt: now } },
      select: { email: true, lockedUntil: true },
    });
    return new Map(rows.flatMap((row) => (row.lockedUntil ? [[row.email, row.lockedUntil] as const] : [])));
  }

  private read(subject: ThrottleSubject) {
    const select = { failures: true, lockedUntil: true } as const;
    return subject.kind === 'account'
      ? this.prisma.client.loginThrottle.findUnique({ where: { email: subject.email }, select })
      : this.prisma.client.trustedDevice.findUnique({ where: { id: subject.id }, select });
  }

  /** One conditional UPDATE of the subject's counter; returns how many rows changed (0 or 1). */
  private async update(db: Db | Tx, subject: ThrottleSubject, where: CounterWhere, data: CounterData) {
    const { count } =
      subject.kind === 'account'
        ? await db.loginThrottle.updateMany({ where: { email: subject.email, ...where }, data })
        : await db.trustedDevice.updateMany({ where: { id: subject.id, ...where }, data });
    return count;
  }
}
