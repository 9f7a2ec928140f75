import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Public, Roles, type StaffUser } from '../common/access.js';
import { Doc } from '../openapi/doc.decorator.js';
import { RateLimit } from '../common/rate-limit.js';
import { AuthService } from './auth.service.js';
import { LoginSchema, StaffUserSchema, type LoginInput } from './auth.schemas.js';
import {
  clearSessionCookie,
  readDeviceToken,
  readSessionToken,
  setDeviceCookie,
  setSessionCookie,
} from './session-cookie.js';
import { CurrentUser } from './current-user.js';

@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @Public()
  @RateLimit('login')
  @HttpCode(200)
  @Doc({
    summary:
      'Sign in; sets an HTTP-only session cookie (and, the first time in a browser, a device cookie that keeps a lock strangers caused from applying to it)',
    response: StaffUserSchema,
    errors: [401, 429],
  })
  async login(
    @Body({ schema: LoginSchema }) body: LoginInput,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffUser> {
    const { token, user, device } = await this.auth.login(body, readDeviceToken(request, this.config));
    setSessionCookie(reply, this.config, token, this.auth.sessionMaxAgeSeconds);
    if (device) setDeviceCookie(reply, this.config, device.token, device.maxAgeSeconds);
    return user;
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @Doc({ summary: 'Sign out: revokes the session on the server and clears the cookie' })
  async logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    const token = readSessionToken(request, this.config);
    const user = await this.auth.resolve(token);
    await this.auth.logout(token, user ?? undefined);
    clearSessionCookie(reply, this.config);
  }

  @Get('me')
  @Roles('editor', 'reviewer')
  @Doc({ summary: 'The signed-in staff user', response: StaffUserSchema })
  me(@CurrentUser() user: StaffUser): StaffUser {
    return user;
  }
}
