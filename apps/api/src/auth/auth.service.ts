import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DomainError } from '../common/errors.js';
import type { StaffUser } from '../common/access.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { PrismaService } from '../database/prisma.service.js';
import { UsersRepository } from '../users/users.repository.js';
import { SessionsRepository } from './sessions.repository.js';
import { LOCK_MS, LoginThrottleRepository, MAX_FAILURES, type ThrottleSubject } from './login-throttle.repository.js';
import { TrustedDevicesRepository } from './trusted-devices.repository.js';
import { hashPassword, needsRehash, verifyDummy, verifyPassword } from './password.js';
import type { LoginInput } from './auth.schemas.js';

/**
 * lastSeenAt is written at most this often per session (or every half idle limit, when that is
 * shorter), so a busy session costs one write a minute, not one per request.
 */
export const TOUCH_EVERY_MS = 60 * 1000;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface LoginResult {
  /** The session cookie's token (random, 256 bits). */
  token: string;
  user: StaffUser;
  /** A device cookie for a browser that had not signed in to this account before. */
  device?: { token: string; maxAgeSeconds: number };
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly throttle: LoginThrottleRepository,
    private readonly devices: TrustedDevicesRepository,
    private readonly audit: AuditRepository,
  ) {}

  get sessionMaxAgeSeconds(): number {
    return this.config.sessionAbsoluteHours * 3600;
  }

  /**
   * Checks the password and opens a new session. Each attempt first takes its place in the
   * count of its subject (the account, or this browser if it has signed in to the account
   * before): a locked subject is refused before argon2 runs.
   */
  async login({ email, password }: LoginInput, deviceToken?: string, now = new Date()): Promise<LoginResult> {
    const emailKey = hashToken(email).slice(0, 16);
    const device =
      deviceToken && deviceToken.length <= 100
        ? await this.devices.findForEmail(hashToken(deviceToken), email, now)
        : null;
    const subject: ThrottleSubject = device ? { kind: 'device', id: device.id } : { kind: 'account', email };
    const reservation = await this.throttle.reserve(subject, now);
    if (!reservation.granted) {
      this.logger.warn(`login refused: ${subject.kind} locked (email hash ${emailKey.slice(0, 12)})`);
      throw new DomainError('too-many-requests', 'Too many failed sign-ins for this account. Try again later.', {
        headers: { 'retry-after': String(Math.ceil(reservation.retryAfterMs / 1000)) },
      });
    }
    const user = await this.users.findByEmail(email);
    // Always pay for one hash check, so timing tells nothing about which accounts exist or are disabled.
    const ok = user
      ? (await verifyPassword(user.passwordHash, password)) && user.active
      : (await verifyDummy(password), false);
    if (!ok || !user) {
      await this.recordFailure(subject, user?.id ?? emailKey, emailKey, now);
      this.logger.warn(`login failed (email hash ${emailKey.slice(0, 12)})`);
      throw new DomainError('unauthenticated', 'The email or password is not right.');
    }
    // A sign-in from a known browser leaves the account's own count alone: a lock strangers
    // caused stays in force for them.
    await this.throttle.clear(subject, now);
    if (needsRehash(user.passwordHash)) await this.users.setPasswordHash(user.id, await hashPassword(password));
    const token = randomBytes(32).toString('base64url');
    await this.sessions.create(hashToken(token), user.id, new Date(now.getTime() + this.sessionMaxAgeSeconds * 1000));
    let newDevice: LoginResult['device'];
    if (!device) {
      const deviceToken = randomBytes(32).toString('base64url');
      const expiresAt = await this.devices.create(hashToken(deviceToken), user.id, now);
      newDevice = { token: deviceToken, maxAgeSeconds: Math.floor((expiresAt.getTime() - now.getTime()) / 1000) };
    }
    await this.audit.appendAlone({
      actor: { id: user.id, email: user.email },
      action: 'auth.login',
      entityKind: 'user',
      entityKey: user.id,
    });
    this.logger.log(`login ok (user ${user.id})`);
    return {
      token,
      user: { id: user.id, email: user.email, name: user.name, role: user.role },
      ...(newDevice ? { device: newDevice } : {}),
    };
  }

  /** The failed check keeps its place in the count; the one that fills it locks, in the same transaction as the audit entry. */
  private async recordFailure(subject: ThrottleSubject, accountKey: string, emailKey: string, now: Date) {
    const locked = await this.prisma.client.$transaction(async (tx) => {
      await this.audit.append(tx, {
        actor: null,
        action: 'auth.login-failed',
        entityKind: 'user',
        entityKey: emailKey,
      });
      if (!(await this.throttle.lockIfFull(tx, subject, now))) return false;
      const minutes = LOCK_MS / 60_000;
      await this.audit.append(tx, {
        actor: null,
        action: 'auth.locked',
        entityKind: 'user',
        entityKey: accountKey,
        note:
          subject.kind === 'account'
            ? `Sign-in locked for ${minutes} minutes after ${MAX_FAILURES} failed attempts from browsers the account had not used before`
            : `One browser the account had used before locked for ${minutes} minutes after ${MAX_FAILURES} failed attempts`,
      });
      return true;
    });
    if (locked) this.logger.warn(`${subject.kind} locked (email hash ${emailKey.slice(0, 12)})`);
  }

  async logout(token: string | undefined, user: StaffUser | undefined): Promise<void> {
    if (token) await this.sessions.delete(hashToken(token));
    if (user)
      await this.audit.appendAlone({ actor: user, action: 'auth.logout', entityKind: 'user', entityKey: user.id });
  }

  /**
   * The signed-in user for a cookie token, or null when it is unknown, past its absolute
   * lifetime, idle too long or the user is disabled.
   *
   * lastSeenAt is written only when it is at least `touchMs` old, so it can lag the latest
   * request by up to `touchMs`. A session therefore ends only once lastSeenAt is `idle + touchMs`
   * old: a request less than the idle limit after the previous one always finds the session
   * alive, and an unused session ends between `idle` and `idle + touchMs` after its last request.
   */
  async resolve(token: string | undefined, now = new Date()): Promise<StaffUser | null> {
    if (!token || token.length > 100) return null;
    const id = hashToken(token);
    const session = await this.sessions.findWithUser(id);
    if (!session) return null;
    const idleMs = this.config.sessionIdleMinutes * 60 * 1000;
    const touchMs = Math.min(TOUCH_EVERY_MS, idleMs / 2);
    const idleFor = now.getTime() - session.lastSeenAt.getTime();
    const expired = session.expiresAt <= now || idleFor >= idleMs + touchMs;
    if (expired || !session.user.active) {
      await this.sessions.delete(id);
      return null;
    }
    if (idleFor >= touchMs) await this.sessions.touch(id, now);
    const { user } = session;
    return { id: user.id, email: user.email, name: user.name, role: user.role };
  }
}
