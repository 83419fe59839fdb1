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

// `serve` is long-lived: cap V8's young generation, which otherwise grows to ~100 MB while modules
// load and never gives it back (idle RSS 280 → 150 MB; docs/performance.md). Set before the heap
// exists, so the process replaces itself with one started with the flag (same pid; no parent left).
// An explicit --max-semi-space-size in NODE_OPTIONS or on the command line wins.
const semiSpaceFlag = '--max-semi-space-size';
if (
  process.argv[2] === 'serve' &&
  typeof process.execve === 'function' &&
  ![...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((a) => a.includes(semiSpaceFlag))
) {
  process.execve(process.execPath, [
    process.execPath,
    `${semiSpaceFlag}=4`,
    ...process.execArgv,
    ...process.argv.slice(1),
  ]);
}

const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
