import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, UseGuards } from '@nestjs/common';
import { z } from 'zod';
import { ROLES, Roles, type StaffUser } from '../common/access.js';
import { CurrentUser } from '../auth/current-user.js';
import { EmailSchema, PasswordSchema } from '../auth/auth.schemas.js';
import { IfMatchRequired, parseIfMatch } from '../drafts/if-match.js';
import { Doc } from '../openapi/doc.decorator.js';
import { UsersService } from './users.service.js';

const CreateUserSchema = z.strictObject({
  email: EmailSchema,
  name: z.string().trim().min(1).max(120),
  role: z.enum(ROLES),
  password: PasswordSchema,
});
const UpdateUserSchema = z.strictObject({
  name: z.string().trim().min(1).max(120).optional(),
  role: z.enum(ROLES).optional(),
  active: z.boolean().optional(),
  password: PasswordSchema.optional(),
});
const UserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  active: z.boolean(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const UserId = z.uuid();

@Controller('admin/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Roles('admin')
  @Doc({
    summary: 'Staff accounts; lockedUntil is set while wrong passwords keep an account from signing in',
    response: z.object({ items: z.array(UserSchema.extend({ lockedUntil: z.string().nullable() })) }),
  })
  async list() {
    return { items: await this.users.list() };
  }

  @Post()
  @Roles('admin')
  @HttpCode(201)
  @Doc({
    summary: 'Create a staff account; a common, leaked or easily guessed password is refused (422 weak-password)',
    response: UserSchema,
    status: 201,
    errors: [409, 422],
  })
  create(@Body({ schema: CreateUserSchema }) body: z.infer<typeof CreateUserSchema>, @CurrentUser() actor: StaffUser) {
    return this.users.create(body, actor);
  }

  @Put(':id')
  @Roles('admin')
  // If-Match is checked before the body, so a missing one is 428 whatever the body holds.
  @UseGuards(IfMatchRequired)
  @Doc({
    summary:
      "Change name, role, password or active flag; needs If-Match; a new role, password or disabling ends the user's sessions",
    response: UserSchema,
    errors: [404, 409, 422, 428],
    headers: [{ name: 'If-Match', required: true, description: 'The account version' }],
  })
  update(
    @Param('id', { schema: UserId }) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body({ schema: UpdateUserSchema }) body: z.infer<typeof UpdateUserSchema>,
    @CurrentUser() actor: StaffUser,
  ) {
    return this.users.update(id, parseIfMatch(ifMatch), body, actor);
  }

  @Post(':id/unlock')
  @Roles('admin')
  @HttpCode(204)
  @Doc({
    summary:
      'End the sign-in lock of an account now (after too many failed sign-ins; it also ends by itself after 15 minutes); audited',
    errors: [404],
  })
  async unlock(@Param('id', { schema: UserId }) id: string, @CurrentUser() actor: StaffUser): Promise<void> {
    await this.users.unlock(id, actor);
  }
}
