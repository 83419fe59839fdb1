import { parseConfig } from '../config.ts';
import { openDatabase } from '../db/open.ts';
import type { Command } from './command.ts';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Apply database migrations and exit',
  usage:
    'qa-vault migrate\n\nApplies the migrations in drizzle/ to DATABASE_URL (or the embedded database under DATA_DIR).',
  async run(_args, io) {
    const config = parseConfig(io.env);
    const database = await openDatabase(config, 'migrate');
    try {
      await database.migrate();
    } finally {
      await database.close();
    }
    io.out(`migrations applied (${database.kind})\n`);
    return 0;
  },
};
