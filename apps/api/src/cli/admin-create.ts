import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { z } from 'zod';
import { loadConfig } from '../config/config.js';
import { migrateIfNeeded } from '../database/migrate.js';
import { createPrismaClient } from '../database/prisma.service.js';
import { EmailSchema, PasswordSchema } from '../auth/auth.schemas.js';
import { hashPassword } from '../auth/password.js';
import { passwordWeakness } from '../auth/password-policy.js';
import { appendAuditEntry } from '../audit/audit.repository.js';

const USAGE = `Usage: npm run admin:create -- --email <email> [--name <name>]
The password is read from standard input (pipe it in), or asked for without echo on a terminal.
Creates an admin account in the database named by DATABASE_URL (default: data/painpath.db).
A common, leaked or easily guessed password is refused.
Exit codes: 0 created, 2 bad input (including a weak password) or the account already exists.`;

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let text = '';
    for await (const chunk of process.stdin) text += String(chunk);
    return text.replace(/\r?\n$/, '');
  }
  // On a terminal: prompt, and keep what is typed off the screen.
  let muted = false;
  const output = new Writable({
    // Strings written to a Writable reach write() as Buffers (decodeStrings is on by default).
    write: (chunk: Buffer, _enc, done) => (muted || process.stdout.write(chunk), done()),
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  const answer = await new Promise<string>((resolve) => {
    rl.question('Password (12 or more characters, not a common one; several unrelated words work well): ', resolve);
    muted = true;
  });
  rl.close();
  process.stdout.write('\n');
  return answer;
}

function fail(message: string): never {
  console.error(`admin:create: ${message}`);
  process.exit(2);
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: { email: { type: 'string' }, name: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    console.info(USAGE);
    return;
  }
  const email = EmailSchema.safeParse(values.email ?? '');
  if (!email.success) fail(`--email: ${email.error.issues[0]?.message ?? 'invalid'}\n${USAGE}`);
  const password = PasswordSchema.safeParse(await readPassword());
  if (!password.success) fail(`password: ${password.error.issues[0]?.message ?? 'invalid'}`);
  const name = z
    .string()
    .trim()
    .min(1)
    .max(120)
    .safeParse(values.name ?? 'Administrator');
  if (!name.success) fail('--name: must be 1 to 120 characters');
  const weakness = passwordWeakness(password.data, [email.data, name.data]);
  if (weakness) fail(`password ${weakness}`);

  const config = loadConfig();
  await migrateIfNeeded(config);
  const db = createPrismaClient(config);
  try {
    if (await db.user.findUnique({ where: { email: email.data } })) fail(`an account for ${email.data} already exists`);
    const passwordHash = await hashPassword(password.data);
    await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { id: crypto.randomUUID(), email: email.data, name: name.data, role: 'admin', passwordHash },
      });
      await appendAuditEntry(tx, {
        actor: null,
        action: 'user.bootstrap',
        entityKind: 'user',
        entityKey: user.id,
        after: { email: user.email, name: user.name, role: 'admin', via: 'admin:create' },
      });
    });
    console.info(`Created admin account ${email.data}.`);
  } finally {
    await db.$disconnect();
  }
}

await main();
