import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { parseConfig } from '../../src/config.ts';
import type { Database } from '../../src/db/client.ts';
import { buildNodeRuntime } from '../../src/node.ts';
import { certificateToCsv } from '../../src/retention/certificate-format.ts';
import { getCertificate } from '../../src/retention/views.ts';
import type { TestContext } from '../support/context.ts';
import { openScratchDatabase } from '../support/database.ts';
import { createOrganization, createTeam, createUser } from '../support/factories.ts';
import { insertAcceptedUpload } from '../support/uploads.ts';

// The commands run in-process on a database of their own (embedded under DATA_DIR, or a scratch one).
let dataDir: string;
let scratch: (Database & { url?: string }) | undefined;
let env: Record<string, string>;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'qa-vault-retention-cli-'));
  if (process.env.DATABASE_URL) {
    scratch = await openScratchDatabase();
    await scratch.db.execute(sql`select 1`);
  }
  env = { NODE_ENV: 'test', DATA_DIR: dataDir, DATABASE_URL: scratch?.url ?? '', LOG_LEVEL: 'error' };
});
afterAll(async () => {
  await scratch?.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function run(extra: Record<string, string>, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, {
    env: { ...env, ...extra },
    stdin: process.stdin,
    out: (t) => (out += t),
    err: (t) => (err += t),
  });
  return { code, out, err };
}

/** Seeds through the same runtime the commands build (same database, same key ring), then closes it. */
async function withRuntime<T>(work: (runtime: Awaited<ReturnType<typeof buildNodeRuntime>>) => Promise<T>) {
  const runtime = await buildNodeRuntime(parseConfig(env));
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}

describe('qa-vault retention', () => {
  it('previews, disposes with QA_VAULT_NOW years ahead, and verifies the certificate it issued', async () => {
    const { orgId, uploadId } = await withRuntime(async ({ deps }) => {
      const org = await createOrganization(deps.db);
      const team = await createTeam(deps.db, org.id);
      const owner = await createUser(deps.db, {
        organizationId: org.id,
        role: 'therapist',
        teamIds: [team.id],
      });
      const fake = { deps, clock: deps.clock } as unknown as TestContext;
      const upload = await insertAcceptedUpload(fake, {
        organizationId: org.id,
        teamId: team.id,
        ownerId: owner.id,
      });
      return { orgId: org.id, uploadId: upload.id };
    });
    const later = { QA_VAULT_NOW: new Date(Date.now() + 2200 * 86_400_000).toISOString() };

    const today = await run({}, 'retention', 'run', '--dry-run', '--org', orgId);
    expect(today.code).toBe(0);
    expect(JSON.parse(today.out).uploads).toEqual([]);
    // Outside NODE_ENV=test the injected time is ignored.
    const ignored = await run(
      { ...later, NODE_ENV: 'development' },
      'retention',
      'run',
      '--dry-run',
      '--org',
      orgId,
    );
    expect(JSON.parse(ignored.out).uploads).toEqual([]);

    const dry = await run(later, 'retention', 'run', '--dry-run', '--org', orgId);
    expect(JSON.parse(dry.out).uploads.map((u: { id: string }) => u.id)).toEqual([uploadId]);
    const real = await run(later, 'retention', 'run', '--org', orgId);
    expect(real.code).toBe(0);
    const summary = JSON.parse(real.out);
    expect(summary).toMatchObject({ status: 'completed', disposed: 1 });

    const signed = await withRuntime(({ deps }) => getCertificate(deps.db, orgId, summary.certificateId));
    const jsonFile = join(dataDir, 'certificate.json');
    const csvFile = join(dataDir, 'certificate.csv');
    await writeFile(jsonFile, JSON.stringify(signed));
    await writeFile(csvFile, certificateToCsv(signed!));
    for (const file of [jsonFile, csvFile]) {
      const ok = await run({}, 'retention', 'verify-certificate', file);
      expect(ok.code, ok.err).toBe(0);
      expect(ok.out).toContain('certificate valid');
    }
    await writeFile(jsonFile, JSON.stringify(signed).replace(uploadId, crypto.randomUUID()));
    const tampered = await run({}, 'retention', 'verify-certificate', jsonFile);
    expect(tampered.code).toBe(1);
    expect(tampered.out).toContain('INVALID');
  }, 120_000);

  it('refuses a file that is not a certificate and a bad --org', async () => {
    const file = join(dataDir, 'junk.txt');
    await writeFile(file, 'hello, world\n');
    expect((await run({}, 'retention', 'verify-certificate', file)).code).toBe(1);
    expect((await run({}, 'retention', 'verify-certificate', join(dataDir, 'missing.json'))).code).toBe(2);
    expect((await run({}, 'retention', 'run', '--org', 'nope')).code).toBe(2);
    expect((await run({}, 'retention')).code).toBe(2);
  });
});
