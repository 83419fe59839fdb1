import { buildWebIfStale } from '../../scripts/build-web.ts';
import { openPostgres } from '../../src/db/open.ts';

/**
 * Builds the web app when its sources changed (the route matrix and the browser journeys load it),
 * and, against a real server, migrates once up front so test files do not race each other's DDL.
 */
export default async function setup() {
  await buildWebIfStale();
  const url = process.env.DATABASE_URL;
  if (!url) return;
  const database = await openPostgres(url, 2);
  try {
    await database.migrate();
  } finally {
    await database.close();
  }
}
