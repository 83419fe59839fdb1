import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { NodeRuntime } from '../node.ts';

/** A `qa-vault` subcommand. `run` returns the process exit code. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  options?: ParseArgsConfig['options'];
  allowPositionals?: boolean;
  /**
   * Set on commands that may run inside a running `serve` (sent over DATA_DIR/admin.sock) when it
   * owns the embedded database. `stdinLine` says when the command reads one line of standard input.
   */
  remote?: { stdinLine?(args: ParsedArgs): boolean };
  run(args: ParsedArgs, io: CommandIo): Promise<number>;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

export interface CommandIo {
  env: Record<string, string | undefined>;
  /** The running server's runtime, when the command was sent over its admin socket. */
  runtime?: NodeRuntime;
  stdin: NodeJS.ReadableStream;
  out(text: string): void;
  err(text: string): void;
}

export function parseCommandArgs(command: Command, argv: string[]): ParsedArgs {
  return parseArgs({
    args: argv,
    options: { ...command.options, help: { type: 'boolean', short: 'h' } },
    allowPositionals: command.allowPositionals ?? false,
    strict: true,
  }) as ParsedArgs;
}

/** A mistake in how a command was called; its message is shown with the command's usage. */
export class UsageError extends Error {
  override name = 'UsageError';
}
