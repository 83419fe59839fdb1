#!/usr/bin/env node
// The CLI runs the TypeScript sources directly through Node's type stripping, so there is no
// build step to forget after `npm ci`. Node 22.6–22.17 has it behind a flag: re-exec with it.
import { spawnSync } from 'node:child_process';

if (!process.features?.typescript) {
  const result = spawnSync(
    process.execPath,
    [
      '--experimental-strip-types',
      '--no-warnings=ExperimentalWarning',
      ...process.execArgv,
      ...process.argv.slice(1),
    ],
    { stdio: 'inherit' },
  );
  process.exit(result.status ?? 1);
}

const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
