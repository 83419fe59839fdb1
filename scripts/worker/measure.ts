/**
 * Measures the Worker bundle on local workerd: first-request cost (lexicon snapshot + compromise),
 * and the time to upload and scan a 15,000-word transcript as a document, against a tiny one.
 * Needs PostgreSQL on 127.0.0.1:5432 (or DATABASE_URL). Usage: node scripts/worker/measure.ts
 */
import { createArgon2Hasher } from '../../src/auth/argon2-hasher.ts';
import { openPostgres } from '../../src/db/open.ts';
import { generateKekEntry } from '../../src/vault/key-ring.ts';
import { createOrganization, createTeam, createUser } from '../../test/support/factories.ts';
import { bundleWorker, startWorker } from '../../test/worker/harness.ts';
import { workerTestDatabase } from '../../test/worker/scratch-db.ts';

const turns = [
  'Therapist: How was your week? Tell me about the routine at home.',
  'Client: It was rough. My son got suspended again and we had to drive across town to pick him up.',
  'Therapist: That sounds really stressful. What happened at school, and how did you handle it?',
  'Client: I tried to stay calm, like we practiced, but I was yelling by the end of the evening.',
  "Therapist: So you noticed yourself getting louder. That's a skill we've been working on together.",
  'Client: Maybe I can take a break before I say anything. Go outside, breathe, like you said.',
];
const words = (n: number) => {
  const out: string[] = [];
  for (let i = 0, count = 0; count < n; i++) {
    out.push(turns[i % turns.length]!);
    count += turns[i % turns.length]!.split(/\s+/).length;
  }
  return `${out.join('\n')}\n`;
};

const database = await workerTestDatabase();
if ('skip' in database) throw new Error(database.skip);
const bundle = await bundleWorker();
const keys = { active: 'k1', keys: [generateKekEntry('k1')] };
const mf = startWorker(bundle.dir, {
  databaseUrl: database.url,
  vars: {
    NODE_ENV: 'production',
    MFA_REQUIRED_ROLES: 'none',
    LOG_LEVEL: 'error',
    VAULT_KEYS: JSON.stringify(keys),
  },
});
const db = await openPostgres(database.url, 1);
try {
  await mf.ready;
  const org = await createOrganization(db.db);
  const team = await createTeam(db.db, org.id);
  const password = 'long-enough measure passphrase 42';
  const user = await createUser(db.db, {
    organizationId: org.id,
    role: 'therapist',
    teamIds: [team.id],
    passwordHash: await createArgon2Hasher().hash(password),
  });
  const post = async (path: string, body: BodyInit, headers: Record<string, string> = {}) => {
    const t = performance.now();
    const res = await mf.dispatchFetch(`http://localhost${path}`, {
      method: 'POST',
      headers: { origin: 'http://localhost', ...headers },
      body,
    } as never);
    await res.arrayBuffer();
    return { status: res.status, ms: performance.now() - t, res };
  };
  const login = await post('/api/auth/login', JSON.stringify({ email: user.email, password }), {
    'content-type': 'application/json',
  });
  const cookie = login.res.headers.getSetCookie()[0]!.split(';')[0]!;
  console.log(
    `sign-in (first request: isolate + lexicon + argon2id at OWASP cost): ${login.ms.toFixed(0)} ms`,
  );
  const again = await post('/api/auth/login', JSON.stringify({ email: user.email, password }), {
    'content-type': 'application/json',
  });
  console.log(`sign-in again (argon2id in JavaScript, 19 MiB, t=2): ${again.ms.toFixed(0)} ms`);
  const upload = async (text: string) => {
    const form = new FormData();
    form.append('team', team.id);
    form.append('kind', 'paperwork');
    form.append('file', new Blob([text], { type: 'text/plain' }), 'notes.txt');
    const encoded = new Request('http://localhost/', { method: 'POST', body: form });
    const body = new Uint8Array(await encoded.arrayBuffer());
    return post('/api/uploads', body, { cookie, 'content-type': encoded.headers.get('content-type')! });
  };
  const median = async (text: string) => {
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) runs.push((await upload(text)).ms);
    return runs.sort((a, b) => a - b)[2]!;
  };
  const small = await median(words(20));
  const large = await median(words(15_000));
  console.log(`upload of a 20-word document: ${small.toFixed(0)} ms (median of 5)`);
  console.log(`upload of a 15,000-word document: ${large.toFixed(0)} ms (median of 5)`);
  console.log(`so extraction + scan of 15,000 words on workerd ≈ ${(large - small).toFixed(0)} ms`);
} finally {
  await mf.dispose();
  await db.close();
  await database.drop();
  await bundle.cleanup();
}
