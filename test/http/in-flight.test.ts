import { describe, expect, it } from 'vitest';
import { trackInFlight } from '../../src/http/in-flight.ts';

describe('trackInFlight', () => {
  it('counts handlers until they answer and is drained once the last one has', async () => {
    const answers: (() => void)[] = [];
    const tracked = trackInFlight(
      () => new Promise<Response>((resolve) => answers.push(() => resolve(new Response('ok')))),
    );
    expect(await tracked.drained(1000)).toBe(true);
    const first = tracked.fetch(new Request('http://x/'));
    const second = tracked.fetch(new Request('http://x/'));
    expect(tracked.count()).toBe(2);
    const drained = tracked.drained(60_000);
    answers[0]!();
    await first;
    expect(tracked.count()).toBe(1);
    answers[1]!();
    await second;
    expect(await drained).toBe(true);
    expect(tracked.count()).toBe(0);
  });

  it('counts a handler that threw as finished', async () => {
    const tracked = trackInFlight(async () => {
      throw new Error('boom');
    });
    await expect(tracked.fetch(new Request('http://x/'))).rejects.toThrow('boom');
    expect(tracked.count()).toBe(0);
  });
});
