import { openPostgres } from '../../src/db/open.ts';

/** Against a real server, migrate once up front so test files do not race each other's DDL. */
export default async function setup() {
  const url = process.env.DATABASE_URL;
  if (!url) return;
  const database = await openPostgres(url, 2);
  try {
    await database.migrate();
  } finally {
    await database.close();
  }
}
