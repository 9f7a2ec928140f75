import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service.js';
import { AuditRepository } from '../audit/audit.repository.js';
import type { BootstrapRoute } from '../audit/audit-payloads.js';
import { SessionsRepository } from '../auth/sessions.repository.js';
import { hashPassword } from '../auth/password.js';
import { assertStrongPassword } from '../auth/password-policy.js';
import { LoginThrottleRepository } from '../auth/login-throttle.repository.js';
import { DomainError, notFound } from '../common/errors.js';
import type { Role, StaffUser } from '../common/access.js';
import { UsersRepository } from './users.repository.js';

export interface CreateUser {
  email: string;
  name: string;
  role: Role;
  password: string;
}

export interface UpdateUser {
  name?: string;
  role?: Role;
  active?: boolean;
  password?: string;
}

@Injectable()
export class UsersService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly throttle: LoginThrottleRepository,
    private readonly audit: AuditRepository,
  ) {}

  /** Every account, with `lockedUntil` while too many wrong passwords keep it from signing in. */
  async list(now = new Date()) {
    const [users, locks] = await Promise.all([this.users.list(), this.throttle.lockedAccounts(now)]);
    return users.map((user) => ({ ...user, lockedUntil: locks.get(user.email) ?? null }));
  }

  /** An account made by an admin (actor), or the first admin from outside the CMS (`via`). */
  async create(input: CreateUser, actor: StaffUser | null, via?: BootstrapRoute) {
    if (await this.users.findByEmail(input.email)) {
      throw new DomainError('already-exists', `An account for ${input.email} already exists.`, {
        errors: [{ path: 'email', message: 'already in use' }],
      });
    }
    assertStrongPassword(input.password, [input.email, input.name]);
    const passwordHash = await hashPassword(input.password);
    return this.prisma.client.$transaction(async (tx) => {
      const user = await this.users.create(tx, {
        email: input.email,
        name: input.name,
        role: input.role,
        passwordHash,
      });
      const account = { email: user.email, name: user.name, role: user.role };
      await this.audit.append(
        tx,
        via
          ? { actor, action: 'user.bootstrap', entityKind: 'user', entityKey: user.id, after: { ...account, via } }
          : { actor, action: 'user.create', entityKind: 'user', entityKey: user.id, after: account },
      );
      return user;
    });
  }

  async update(id: string, version: number, input: UpdateUser, actor: StaffUser) {
    const before = await this.users.findPublic(id);
    if (!before) throw notFound('This user');
    if (id === actor.id && ((input.role !== undefined && input.role !== 'admin') || input.active === false)) {
      throw new DomainError('forbidden', 'You cannot remove your own admin role or disable your own account.');
    }
    const { password, ...fields } = input;
    if (password) assertStrongPassword(password, [before.email, fields.name ?? before.name]);
    const passwordHash = password ? await hashPassword(password) : undefined;
    // A changed role, a disabled account or a new password ends every open session of that user,
    // in the same transaction as the change.
    const endSessions =
      (fields.role !== undefined && fields.role !== before.role) || fields.active === false || Boolean(passwordHash);
    await this.prisma.client.$transaction(async (tx) => {
      const changed = await this.users.updateIfVersion(tx, id, version, {
        ...fields,
        ...(passwordHash ? { passwordHash } : {}),
      });
      if (changed === 0) {
        throw new DomainError('version-conflict', 'This account was changed by someone else first.', {
          current: await this.users.findPublic(id, tx),
        });
      }
      await this.audit.append(tx, {
        actor,
        action: 'user.update',
        entityKind: 'user',
        entityKey: id,
        before: { name: before.name, role: before.role, active: before.active },
        after: { ...fields, passwordChanged: Boolean(passwordHash) },
      });
      if (endSessions) await this.sessions.deleteForUser(id, tx);
    });
    const after = await this.users.findPublic(id);
    if (!after) throw notFound('This user');
    return after;
  }

  /**
   * Ends the sign-in lock of an account at once (its own, and that of each of its browsers) and
   * starts their counts again. Audited as user.unlock with the number of locks, even when nothing was locked.
   */
  async unlock(id: string, actor: StaffUser, now = new Date()): Promise<void> {
    const user = await this.users.findPublic(id);
    if (!user) throw notFound('This user');
    await this.prisma.client.$transaction(async (tx) => {
      const locks = await this.throttle.unlock(tx, user.email, user.id, now);
      await this.audit.append(tx, {
        actor,
        action: 'user.unlock',
        entityKind: 'user',
        entityKey: id,
        before: { locks },
      });
    });
  }
}
