import { parseConfig } from '../config.ts';
import { serveNode } from '../node.ts';
import { adminSocketSidecar } from './admin-socket.ts';
import type { Command } from './command.ts';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Start the HTTP service (applies migrations first)',
  usage: 'qa-vault serve\n\nConfiguration comes from the environment; see docs/configuration.md.',
  async run(_args, io) {
    const config = parseConfig(io.env);
    // main.ts imports this file: load it when serving, not at import, to keep the cycle harmless.
    const { main, commands } = await import('./main.ts');
    const remote = commands.filter((c) => c.remote).map((c) => c.name);
    // Only the embedded database needs an owner to speak for it; PostgreSQL takes any number of clients.
    const sidecars = config.DATABASE_URL ? [] : [adminSocketSidecar(config.DATA_DIR, remote, main)];
    await serveNode(config, sidecars);
    return 0;
  },
};
