import { errorFrames, errorReason } from './jobs/errors.ts';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;

/**
 * Structured logging. Callers pass ids and codes, never content: the rule that no upload text,
 * transcript, file name or roster entry reaches a log is kept by what is passed here.
 */
export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** One JSON object per line, written through `write` (stderr in production, an array in tests). */
export function createJsonLogger(level: LogLevel, write: (line: string) => void): Logger {
  const emit = (lvl: LogLevel) => (msg: string, fields?: LogFields) => {
    if (rank[lvl] < rank[level]) return;
    write(`${JSON.stringify({ time: new Date().toISOString(), level: lvl, msg, ...fields })}\n`);
  };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}

/**
 * An error as log fields: its class, a code when it carries one, and its stack frames — never its
 * message, nor the stack's first line that repeats it. Parser, driver and ffmpeg messages quote the
 * bytes or values they choked on (a PDF's text, a roster name in a failed insert), and a message
 * logged here would carry them past every careful caller.
 */
export function errorFields(err: unknown): LogFields {
  return { err: { reason: errorReason(err), frames: errorFrames(err) } };
}
