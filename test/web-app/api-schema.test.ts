import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generateSchemaTypes, schemaPath } from '../../scripts/openapi-types/generate.ts';

describe('the web app typed client', () => {
  it('has a committed schema.d.ts that matches the service OpenAPI document (run npm run gen:api)', async () => {
    const committed = await readFile(schemaPath, 'utf8');
    expect(
      committed === (await generateSchemaTypes()),
      'web/src/api/schema.d.ts is stale: npm run gen:api',
    ).toBe(true);
  });
});
