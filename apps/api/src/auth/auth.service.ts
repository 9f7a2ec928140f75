import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DomainError } from '../common/errors.js';
import type { StaffUser } from '../common/access.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { UsersRepository } from '../users/users.repository.js';
import { SessionsRepository } from './sessions.repository.js';
import { LoginThrottleRepository } from './login-throttle.repository.js';
import { hashPassword, needsRehash, verifyDummy, verifyPassword } from './password.js';
import type { LoginInput } from './auth.schemas.js';

const TOUCH_EVERY_MS = 60 * 1000;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly throttle: LoginThrottleRepository,
    private readonly audit: AuditRepository,
  ) {}

  get sessionMaxAgeSeconds(): number {
    return this.config.sessionAbsoluteHours * 3600;
  }

  /** Checks the password and opens a new session; returns the cookie token (random, 256 bits) and the user. */
  async login({ email, password }: LoginInput, now = new Date()): Promise<{ token: string; user: StaffUser }> {
    const lockedMs = await this.throttle.lockedFor(email, now);
    if (lockedMs > 0) {
      this.logger.warn(`login refused: account locked (email hash ${hashToken(email).slice(0, 12)})`);
      throw new DomainError('too-many-requests', 'Too many failed sign-ins for this account. Try again later.', {
        headers: { 'retry-after': String(Math.ceil(lockedMs / 1000)) },
      });
    }
    const user = await this.users.findByEmail(email);
    // Always pay for one hash check, so timing tells nothing about which accounts exist or are disabled.
    const ok = user
      ? (await verifyPassword(user.passwordHash, password)) && user.active
      : (await verifyDummy(password), false);
    if (!ok || !user) {
      await this.throttle.recordFailure(email, now);
      await this.audit.appendAlone({
        actor: null,
        action: 'auth.login-failed',
        entityKind: 'user',
        entityKey: hashToken(email).slice(0, 16),
      });
      this.logger.warn(`login failed (email hash ${hashToken(email).slice(0, 12)})`);
      throw new DomainError('unauthenticated', 'The email or password is not right.');
    }
    await this.throttle.clear(email);
    if (needsRehash(user.passwordHash)) await this.users.setPasswordHash(user.id, await hashPassword(password));
    const token = randomBytes(32).toString('base64url');
    await this.sessions.create(hashToken(token), user.id, new Date(now.getTime() + this.sessionMaxAgeSeconds * 1000));
    await this.audit.appendAlone({
      actor: { id: user.id, email: user.email },
      action: 'auth.login',
      entityKind: 'user',
      entityKey: user.id,
    });
    this.logger.log(`login ok (user ${user.id})`);
    return { token, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
  }

  async logout(token: string | undefined, user: StaffUser | undefined): Promise<void> {
    if (token) await this.sessions.delete(hashToken(token));
    if (user)
      await this.audit.appendAlone({ actor: user, action: 'auth.logout', entityKind: 'user', entityKey: user.id });
  }

  /** The signed-in user for a cookie token, or null when it is unknown, expired, idle too long or the user is disabled. */
  async resolve(token: string | undefined, now = new Date()): Promise<StaffUser | null> {
    if (!token || token.length > 100) return null;
    const id = hashToken(token);
    const session = await this.sessions.findWithUser(id);
    if (!session) return null;
    const idleMs = this.config.sessionIdleMinutes * 60 * 1000;
    const expired = session.expiresAt <= now || now.getTime() - session.lastSeenAt.getTime() > idleMs;
    if (expired || !session.user.active) {
      await this.sessions.delete(id);
      return null;
    }
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) await this.sessions.touch(id, now);
    const { user } = session;
    return { id: user.id, email: user.email, name: user.name, role: user.role };
  }
}
