import { Inject, Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { PUBLIC_KEY, ROLES_KEY, type Role, type StaffUser } from '../common/access.js';
import { DomainError } from '../common/errors.js';
import { AuthService } from './auth.service.js';
import { readSessionToken } from './session-cookie.js';

declare module 'fastify' {
  interface FastifyRequest {
    staff?: StaffUser;
  }
}

/** What a handler's decorators allow. */
interface Access {
  isPublic: boolean;
  roles: Role[] | undefined;
}

/**
 * Deny by default: a handler is reachable only if it is marked @Public() or @Roles(...).
 * A handler with neither is refused even for admins, so a forgotten decorator fails closed.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger('Access');
  /** Decorators do not change at run time, so each handler's are read once, not on every request. */
  private readonly accessByHandler = new WeakMap<object, Access>();

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // Public routes are answered synchronously: they are the hot paths (catalog, evaluate).
  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    const { isPublic, roles } = this.accessOf(context);
    return isPublic || this.authorise(context, roles);
  }

  private accessOf(context: ExecutionContext): Access {
    const handler = context.getHandler();
    let access = this.accessByHandler.get(handler);
    if (!access) {
      const targets = [handler, context.getClass()];
      access = {
        isPublic: this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) === true,
        roles: this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets),
      };
      this.accessByHandler.set(handler, access);
    }
    return access;
  }

  private async authorise(context: ExecutionContext, roles: Role[] | undefined): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const user = await this.auth.resolve(readSessionToken(request, this.config));
    const route = `${request.method} ${request.routeOptions?.url ?? ''}`;
    if (!user) {
      this.logger.warn(`401 ${route}: no valid session`);
      throw new DomainError('unauthenticated', 'Sign in to use this part of PainPath.');
    }
    request.staff = user;
    // Staff responses carry drafts, accounts and audit entries: never keep them in any cache.
    void context.switchToHttp().getResponse<FastifyReply>().header('cache-control', 'no-store');
    if (!roles || (user.role !== 'admin' && !roles.includes(user.role))) {
      this.logger.warn(`403 ${route}: role ${user.role} (user ${user.id})`);
      throw new DomainError('forbidden', `Your role (${user.role}) cannot do this.`);
    }
    return true;
  }
}
