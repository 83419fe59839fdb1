import type { TestProject } from 'vitest/node';
import { openPostgres } from '../../src/db/open.ts';
import { startS3Server } from './s3-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The S3-protocol server every run starts (test/support/s3.ts turns it into configuration). */
    s3Endpoint: string;
  }
}

/**
 * Once per `npm test`: an S3-protocol server on a free loopback port, so the S3 store is tested in
 * every run, and — against a real PostgreSQL server — the migrations, applied up front so test files
 * do not race each other's DDL.
 */
export default async function setup(project: TestProject) {
  const s3 = await startS3Server();
  project.provide('s3Endpoint', s3.endpoint);
  try {
    const url = process.env.DATABASE_URL;
    if (url) await migrateOnce(url);
  } catch (err) {
    await s3.stop();
    throw err;
  }
  return () => s3.stop();
}

async function migrateOnce(url: string) {
  const database = await openPostgres(url, 2);
  try {
    await database.migrate();
  } catch (err) {
    throw new Error(`DATABASE_URL is set but migrating it failed (is PostgreSQL up?): ${String(err)}`);
  } finally {
    await database.close();
  }
}
