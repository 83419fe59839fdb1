import type { AuditBase } from '../auth/context.ts';
import { assertAcceptablePassword } from '../auth/passwords.ts';
import { parseConfig } from '../config.ts';
import { AppError } from '../http/errors.ts';
import { buildNodeRuntime } from '../node.ts';
import { ensureTeams, resolveOrganization } from '../orgs/service.ts';
import { createAccount, findUserByEmail, issuePasswordReset, updateAccount } from '../users/service.ts';
import { roleEnum } from '../users/tables.ts';
import type { Command, CommandIo, ParsedArgs } from './command.ts';
import { UsageError } from './command.ts';

const usage = `qa-vault user <add|disable|reset> [options]

  add --email E --name N --role R [--team NAME ...] [--organization NAME]
        create a user; the password is read from standard input (first line). Missing teams are
        created. Without --organization the single organization is used, or created as "QA Vault"
        when there is none (name one when there are several). Prints the new user's id.
  disable --email E
        disable the user and end all their sessions at once
  reset --email E
        print a one-time password-reset token (valid 24 hours) for the user to set a new password
        with POST /api/auth/password/reset

Roles: ${roleEnum.enumValues.join(', ')}. Every change is written to the access log as "system".`;

const str = (args: ParsedArgs, name: string): string => {
  const v = args.values[name];
  if (typeof v !== 'string' || v.trim() === '') throw new UsageError(`--${name} is required`);
  return v.trim();
};

async function readPassword(stdin: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stdin) {
    text += chunk.toString();
    if (text.includes('\n') || text.length > 4096) break;
  }
  const password = text.split(/\r?\n/)[0] ?? '';
  if (!password) throw new UsageError('no password on standard input');
  return password;
}

const systemAudit = (now: Date, organizationId: string | null): AuditBase => ({
  at: now,
  organizationId,
  actorRole: 'system',
  detail: { via: 'cli' },
});

export const userCommand: Command = {
  name: 'user',
  summary: 'Add, disable or reset a user (bootstrap the first admin with `user add`)',
  usage,
  allowPositionals: true,
  remote: { stdinLine: (args) => args.positionals[0] === 'add' },
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    team: { type: 'string', multiple: true },
    organization: { type: 'string' },
  },
  async run(args, io: CommandIo) {
    const [action, ...extra] = args.positionals;
    try {
      if (!action || !['add', 'disable', 'reset'].includes(action) || extra.length > 0) {
        throw new UsageError('name one action: add, disable or reset');
      }
      const email = str(args, 'email');
      const add = action === 'add' ? { name: str(args, 'name'), role: str(args, 'role') } : undefined;
      if (add && !(roleEnum.enumValues as readonly string[]).includes(add.role)) {
        throw new UsageError(`--role must be one of ${roleEnum.enumValues.join(', ')}`);
      }
      // Read and check the password before opening the database: a typo costs nothing.
      const password = add ? await readPassword(io.stdin) : undefined;
      if (password) await assertAcceptablePassword(password, email);

      // Inside a running server (admin socket) its runtime is used: never a second writer.
      const runtime = io.runtime ?? (await buildNodeRuntime(parseConfig(io.env), undefined, 'user'));
      try {
        const { db, clock, passwords } = runtime.deps;
        const now = clock.now();
        if (add && password) {
          const org = await resolveOrganization(db, args.values.organization as string | undefined);
          const audit = systemAudit(now, org.id);
          const teamIds = await ensureTeams(db, {
            organizationId: org.id,
            names: (args.values.team as string[] | undefined) ?? [],
            audit,
          });
          const { user } = await createAccount(db, {
            organizationId: org.id,
            email,
            name: add.name,
            role: add.role as (typeof roleEnum.enumValues)[number],
            teamIds,
            passwordHash: await passwords.hash(password),
            createdBy: null,
            now,
            audit,
          });
          io.out(`${user.id}\n`);
          return 0;
        }
        const user = await findUserByEmail(db, email);
        if (!user) throw new AppError('NOT_FOUND', 'no user with that email');
        const audit = systemAudit(now, user.organizationId);
        if (action === 'disable') {
          await updateAccount(db, {
            organizationId: user.organizationId,
            userId: user.id,
            patch: { disabled: true },
            actorId: null,
            now,
            audit,
          });
          io.out(`disabled ${user.id}; their sessions have ended\n`);
          return 0;
        }
        const { token, expiresAt } = await issuePasswordReset(db, {
          organizationId: user.organizationId,
          userId: user.id,
          createdBy: null,
          now,
          audit,
        });
        io.out(`${token}\n`);
        io.err(
          `one-time reset token for ${user.id}, valid until ${expiresAt.toISOString()}; it is not shown again\n`,
        );
        return 0;
      } finally {
        if (runtime !== io.runtime) await runtime.close();
      }
    } catch (err) {
      if (err instanceof UsageError) {
        io.err(`qa-vault user: ${err.message}\n\n${usage}\n`);
        return 2;
      }
      if (err instanceof AppError) {
        io.err(`qa-vault user: ${err.message}\n`);
        return 1;
      }
      throw err;
    }
  },
};
