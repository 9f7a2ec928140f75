import type { INestApplication } from '@nestjs/common';
import { z } from 'zod';
import { EmailSchema, PasswordSchema } from '../auth/auth.schemas.js';
import { passwordWeakness } from '../auth/password-policy.js';
import { UsersRepository } from './users.repository.js';
import { UsersService } from './users.service.js';

const BootstrapSchema = z.object({
  email: EmailSchema,
  password: PasswordSchema,
  name: z.string().min(1).default('Administrator'),
});

/**
 * First start only: when there is no account at all and PAINPATH_ADMIN_EMAIL and
 * PAINPATH_ADMIN_PASSWORD are set, creates that admin. With accounts present it does nothing,
 * so the variables cannot be used to add or reset accounts later.
 */
export async function bootstrapAdminFromEnv(
  app: INestApplication,
  env: NodeJS.ProcessEnv = process.env,
): Promise<boolean> {
  if (!env.PAINPATH_ADMIN_EMAIL && !env.PAINPATH_ADMIN_PASSWORD) return false;
  if ((await app.get(UsersRepository).count()) > 0) return false;
  const parsed = BootstrapSchema.safeParse({
    email: env.PAINPATH_ADMIN_EMAIL,
    password: env.PAINPATH_ADMIN_PASSWORD,
    name: env.PAINPATH_ADMIN_NAME,
  });
  if (!parsed.success) {
    throw new Error(
      `PAINPATH_ADMIN_EMAIL/PAINPATH_ADMIN_PASSWORD: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
    );
  }
  const weakness = passwordWeakness(parsed.data.password, [parsed.data.email, parsed.data.name]);
  if (weakness) throw new Error(`PAINPATH_ADMIN_PASSWORD ${weakness}`);
  await app.get(UsersService).create({ ...parsed.data, role: 'admin' }, null, 'environment');
  console.info(`[PainPath] Created the first admin account (${parsed.data.email}).`);
  return true;
}
