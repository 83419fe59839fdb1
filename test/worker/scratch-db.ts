import { openPostgres } from '../../src/db/open.ts';

/**
 * A migrated database of its own for the Worker tests, next to DATABASE_URL's when set, else on the
 * PostgreSQL at 127.0.0.1:5432 when one answers. Undefined (with the reason) when there is none:
 * the Worker reaches PostgreSQL through Hyperdrive, which PGlite cannot stand in for.
 */
export async function workerTestDatabase(): Promise<
  { url: string; drop(): Promise<void> } | { skip: string }
> {
  const base = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const { default: postgres } = await import('postgres');
  const admin = postgres(base, { max: 1, onnotice: () => {}, connect_timeout: 3 });
  const name = `qa_vault_worker_${crypto.randomUUID().replaceAll('-', '')}`;
  try {
    await admin.unsafe(`create database "${name}"`);
  } catch (err) {
    await admin.end({ timeout: 1 }).catch(() => {});
    return {
      skip: `no PostgreSQL to create a scratch database on (${(err as Error).name}); set DATABASE_URL`,
    };
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), 1);
  await database.migrate();
  await database.close();
  return {
    url: url.toString(),
    async drop() {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}
