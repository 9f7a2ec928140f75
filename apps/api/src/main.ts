import { loadConfig } from './config/config.js';
import { migrateIfNeeded } from './database/migrate.js';
import { bootstrapAdminFromEnv } from './users/bootstrap-admin.js';
import { createApp } from './app.factory.js';

/**
 * `npm start`: migrate the database (creating the SQLite file on first start), seed it if it is
 * empty, optionally create the first admin from the environment, then serve everything on one port.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const where = config.databaseKind === 'sqlite' ? config.databaseUrl.slice('file:'.length) : 'PostgreSQL';
  const applied = await migrateIfNeeded(config);
  console.info(
    `[PainPath] Database ${where}: ${applied.length ? `applied ${applied.length} migration(s)` : 'up to date'}.`,
  );
  const app = await createApp(config);
  // SIGTERM/SIGINT close the server gracefully: in-flight requests finish, the database disconnects.
  app.enableShutdownHooks();
  await bootstrapAdminFromEnv(app);
  await app.listen({ port: config.port, host: config.host });
  const { port } = app.getHttpServer().address() as { port: number };
  console.info(`[PainPath] Listening on http://localhost:${port} (API at /api/v1, reference at /api/docs)`);
}

main().catch((error: Error) => {
  console.error(`[PainPath] Could not start: ${error.message}`);
  process.exit(1);
});
