import { parseConfig } from '../config.ts';
import { runJobWorker } from '../node.ts';
import type { Command } from './command.ts';

export const workerCommand: Command = {
  name: 'worker',
  summary: 'Run background jobs only (no HTTP): the Node half of a Workers deployment',
  usage: [
    'qa-vault worker [--once]',
    '',
    'Claims jobs from the database, as `serve` does, without serving HTTP: audio normalization, peaks',
    'and speech-to-text for a Cloudflare Workers deployment (docs/workers.md), or extra job capacity.',
    '  --once  run the jobs due now, then exit',
    '',
    'Configuration comes from the environment, as for serve.',
  ].join('\n'),
  options: { once: { type: 'boolean' } },
  async run(args, io) {
    const ran = await runJobWorker(parseConfig(io.env), { once: args.values.once === true });
    if (args.values.once) io.out(`ran ${ran} job${ran === 1 ? '' : 's'}\n`);
    return 0;
  },
};
