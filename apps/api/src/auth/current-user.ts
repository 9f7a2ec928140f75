import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { StaffUser } from '../common/access.js';
import { DomainError } from '../common/errors.js';

/** The signed-in staff user (set by AuthGuard on every non-public route). */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): StaffUser => {
  const user = context.switchToHttp().getRequest<FastifyRequest>().staff;
  if (!user) throw new DomainError('unauthenticated', 'Sign in to use this part of PainPath.');
  return user;
});
