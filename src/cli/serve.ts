import { parseConfig } from '../config.ts';
import { serveNode } from '../node.ts';
import type { Command } from './command.ts';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Start the HTTP service (applies migrations first)',
  usage: 'qa-vault serve\n\nConfiguration comes from the environment; see docs/configuration.md.',
  async run(_args, io) {
    await serveNode(parseConfig(io.env));
    return 0;
  },
};
