import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.ts';

const parse = (value: string) => parseConfig({ STORAGE_LOCATIONS: value });
const problems = (value: string) => {
  try {
    parse(value);
    return [];
  } catch (err) {
    return (err as ConfigError).problems;
  }
};

describe('STORAGE_LOCATIONS', () => {
  it('accepts named local directories and S3 buckets with a default', () => {
    const config = parse(
      JSON.stringify({
        default: 'us',
        locations: {
          us: { kind: 's3', bucket: 'qa-us', region: 'us-east-1' },
          eu: { kind: 's3', bucket: 'qa-eu', region: 'eu-central-1', endpoint: 'https://s3.example.test' },
          lab: { kind: 'local', directory: '/srv/qa/lab' },
        },
      }),
    );
    expect(Object.keys(config.STORAGE_LOCATIONS!.locations).sort()).toEqual(['eu', 'lab', 'us']);
  });

  it('refuses what is not JSON, a default that names no location, and malformed locations', () => {
    expect(problems('{not json')).toEqual(['STORAGE_LOCATIONS: is not valid JSON']);
    expect(
      problems(JSON.stringify({ default: 'eu', locations: { us: { kind: 'local', directory: '/x' } } }))[0],
    ).toMatch(/default must name one of the locations/);
    expect(
      problems(JSON.stringify({ default: 'us', locations: { us: { kind: 's3', region: 'x' } } })),
    ).not.toEqual([]);
    expect(
      problems(JSON.stringify({ default: 'US!', locations: { 'US!': { kind: 'local', directory: '/x' } } })),
    ).not.toEqual([]);
    expect(() => parse('{not json')).toThrow(ConfigError);
  });
});
