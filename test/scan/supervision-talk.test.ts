import { describe, expect, it } from 'vitest';
import { blockedTexts } from './helpers.ts';

// Supervision and case consultation name therapy's methods by their makers, and plans by their
// shorthand: no client is named there, and a client who shares a maker's surname still is.
describe('supervision talk', () => {
  it("reads the names therapy's methods go by as methods", async () => {
    expect(
      await blockedTexts(
        'Supervisor: When they escalate, take the time-out per Gottman repair protocol.\n' +
          "Supervisee: I used Linehan's chain analysis and a Jacobson PMR recording for homework.\n" +
          'Supervisor: Where is he on Prochaska and DiClemente? Contemplation, I would say.',
      ),
    ).toEqual([]);
    expect(
      await blockedTexts(
        "Supervisee: She keeps asking what stage of grief she's in. The stages again.\n" +
          'Supervisor: Right. Then somebody handed her Kübler-Ross and now she scores herself daily.',
      ),
    ).toEqual([]);
    expect(
      await blockedTexts(
        'Interventions: coached play sessions (Eyberg), praise and ignoring. Obj 2b: PEth monthly.',
      ),
    ).toEqual([]);
  });

  it('keeps a client or a colleague who shares such a name', async () => {
    expect(await blockedTexts('Supervisee: Dr. Beck covered my group on Friday.')).toEqual(['Beck']);
    expect(
      await blockedTexts('Supervisee: Ellis said he would come back to group after the CBT module.'),
    ).toEqual(['Ellis']);
    expect(await blockedTexts('Supervisee: My client Rogers missed his session again.')).toEqual(['Rogers']);
  });
});
