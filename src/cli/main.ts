import { ConfigError, parseConfig } from '../config.ts';
import { OwnerLockError } from '../db/owner-lock.ts';
import { AppError } from '../http/errors.ts';
import { errorFrames, errorReason } from '../jobs/errors.ts';
import { KeyFileError } from '../vault/key-file.ts';
import { readFirstLine, sendToServer } from './admin-socket.ts';
import { auditCommand } from './audit.ts';
import { type Command, type CommandIo, type ParsedArgs, parseCommandArgs, UsageError } from './command.ts';
import { migrateCommand } from './migrate.ts';
import { retentionCommand } from './retention.ts';
import { scanCommand } from './scan.ts';
import { serveCommand } from './serve.ts';
import { userCommand } from './user.ts';
import { keysCommand, vaultCommand } from './vault.ts';
import { workerCommand } from './worker.ts';

/** Every subcommand; feature issues add theirs here. */
export const commands: Command[] = [
  serveCommand,
  workerCommand,
  migrateCommand,
  auditCommand,
  scanCommand,
  keysCommand,
  vaultCommand,
  userCommand,
  retentionCommand,
];

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: qa-vault <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run `qa-vault <command> --help` for a command's options.",
    '',
  ].join('\n');
}

const processIo: CommandIo = {
  env: process.env,
  stdin: process.stdin,
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

/**
 * With the embedded database owned by a running `serve`, a remote-capable command is sent to it over
 * DATA_DIR/admin.sock; undefined when no server answers there (the command then runs here).
 */
async function runInServer(command: Command, args: ParsedArgs, argv: string[], io: CommandIo) {
  const config = parseConfig(io.env);
  if (config.DATABASE_URL) return undefined;
  return sendToServer(config.DATA_DIR, argv, async () =>
    command.remote?.stdinLine?.(args) ? readFirstLine(io.stdin) : '',
  );
}

/** Runs the CLI and returns the exit code (0 ok, 1 a command's "no", 2 usage or runtime error). */
export async function main(argv: string[], io: CommandIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(overview());
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`qa-vault: unknown command "${name}"\n\n${overview()}`);
    return 2;
  }
  let args: ReturnType<typeof parseCommandArgs>;
  try {
    args = parseCommandArgs(command, rest);
  } catch (err) {
    io.err(`qa-vault ${command.name}: ${(err as Error).message}\n\n${command.usage}\n`);
    return 2;
  }
  if (args.values.help) {
    io.out(`${command.usage}\n`);
    return 0;
  }
  try {
    if (command.remote && !io.runtime) {
      const answer = await runInServer(command, args, argv, io);
      if (answer) {
        io.out(answer.out);
        io.err(answer.err);
        return answer.code;
      }
    }
    return await command.run(args, io);
  } catch (err) {
    if (err instanceof OwnerLockError) {
      io.err(`qa-vault ${command.name}: ${err.message}\n`);
      return 2;
    }
    if (err instanceof ConfigError) {
      io.err(`qa-vault ${command.name}: ${err.message}\n`);
      return 2;
    }
    // These messages are written for people; any other message may quote a file it was parsing
    // (pdf.js, ffmpeg, a driver), so only the error's class, code and stack frames are printed.
    if (err instanceof AppError || err instanceof UsageError || err instanceof KeyFileError) {
      io.err(`qa-vault ${command.name}: ${err.message}\n`);
      return 2;
    }
    const frames = errorFrames(err);
    io.err(`qa-vault ${command.name}: unexpected ${errorReason(err)}\n${frames ? `${frames}\n` : ''}`);
    return 2;
  }
}
