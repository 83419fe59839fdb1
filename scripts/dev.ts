// `npm run dev`: the API (`qa-vault serve`, on PORT or 3000) and Vite with hot reload in front of it,
// which forwards /api to the API (web/vite.config.ts). Open the address Vite prints. Ctrl-C stops both.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const port = process.env.PORT || '3000';
const children: ChildProcess[] = [
  spawn(process.execPath, [join(root, 'bin/qa-vault.js'), 'serve'], {
    stdio: 'inherit',
    env: { ...process.env, PORT: port },
  }),
  spawn(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), '--config', join(root, 'web/vite.config.ts')],
    {
      stdio: 'inherit',
      env: { ...process.env, QA_VAULT_API: `http://127.0.0.1:${port}` },
    },
  ),
];

const stop = () => {
  for (const c of children) c.kill('SIGTERM');
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
// When one of them ends, stop the other too.
for (const c of children) c.once('exit', stop);
