import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderApiDocs } from '../../scripts/docs-api.ts';
import { commands } from '../../src/cli/main.ts';
import { configSchema } from '../../src/config.ts';

/** The docs say only what runs: every claim this file can check mechanically, it checks. */

const root = join(import.meta.dirname, '../..');
const docsDir = join(root, 'docs');

async function pages(): Promise<{ name: string; text: string }[]> {
  const names = (await readdir(docsDir)).filter((n) => n.endsWith('.md')).map((n) => `docs/${n}`);
  return Promise.all(
    ['README.md', ...names].map(async (name) => ({ name, text: await readFile(join(root, name), 'utf8') })),
  );
}

/** First cells of the `| NAME | default | meaning |` tables in docs/configuration.md. */
function documentedVariables(markdown: string): string[] {
  return [...markdown.matchAll(/^\|\s*`?([A-Z][A-Z0-9_]*)`?\s*\|/gm)]
    .map((m) => m[1]!)
    .filter((name) => name !== 'NAME');
}

/** `qa-vault <command> [<sub>]` as written in code spans and code blocks (prose around them is not a command). */
function cliMentions(markdown: string): { command: string; sub?: string }[] {
  const code = [
    ...[...markdown.matchAll(/```[\s\S]*?```/g)].map((m) => m[0]),
    ...[...markdown.replace(/```[\s\S]*?```/g, '').matchAll(/`[^`]+`/g)].map((m) => m[0]),
  ];
  return code.flatMap((span) =>
    [...span.matchAll(/\bqa-vault\s+([a-z][\w-]*)(?:[ \t]+([a-z][\w-]*))?/g)].map((m) => ({
      command: m[1]!,
      sub: m[2],
    })),
  );
}

/** The subcommands a command's usage line declares: `qa-vault keys <status|rotate|retire> …`. */
function subcommandsOf(usage: string): string[] | undefined {
  const m = /^qa-vault \S+ <([a-z|-]+)>/.exec(usage);
  return m?.[1]?.split('|');
}

describe('docs', () => {
  it('document every environment variable the configuration accepts, and no other', async () => {
    const documented = documentedVariables(await readFile(join(docsDir, 'configuration.md'), 'utf8'));
    const accepted = Object.keys(configSchema.shape);
    expect(documented.length).toBeGreaterThan(30);
    expect([...new Set(documented)].sort()).toEqual([...accepted].sort());
    expect(documented.length, 'a variable documented twice').toBe(new Set(documented).size);
  });

  it('name only qa-vault commands and subcommands that exist', async () => {
    const problems: string[] = [];
    let mentions = 0;
    for (const { name, text } of await pages()) {
      for (const { command, sub } of cliMentions(text)) {
        mentions++;
        const found = commands.find((c) => c.name === command);
        if (!found) {
          problems.push(`${name}: qa-vault ${command}`);
          continue;
        }
        const subs = subcommandsOf(found.usage);
        if (subs && sub && !subs.includes(sub)) problems.push(`${name}: qa-vault ${command} ${sub}`);
      }
    }
    expect(mentions).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  it('link only to pages and files that exist', async () => {
    const missing: string[] = [];
    for (const { name, text } of await pages()) {
      const base = name === 'README.md' ? root : docsDir;
      for (const m of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        const target = m[1]!;
        if (/^[a-z]+:/.test(target)) continue;
        await readFile(join(base, target)).catch(() => missing.push(`${name} → ${target}`));
      }
    }
    expect(missing).toEqual([]);
  });

  it('carry an API reference generated from the OpenAPI document as it is now (npm run docs:api)', async () => {
    const committed = await readFile(join(docsDir, 'api.md'), 'utf8');
    expect(committed).toBe(await renderApiDocs());
  });
});
