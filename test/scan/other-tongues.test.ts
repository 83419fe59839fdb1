import { describe, expect, it } from 'vitest';
import { blocked } from './helpers.ts';

// Sessions held in another tongue, or switching into one, with an interpreter relaying: that
// tongue's words are no people and no places, however many English name lists hold them.
describe('speech in another tongue', () => {
  it('reads Spanish said without capitals, with an interpreter relaying, as no one', async () => {
    const session =
      'therapist: and how are the mornings for you now\n' +
      'client: pues igual no duermo nada me levanto a las cuatro y me pongo a pensar en todo lo que paso\n' +
      'interpreter: she says the same she does not sleep she wakes at four and thinks about everything\n' +
      'client: y mi esposo dice que ya es tiempo de seguir adelante pero yo no puedo todavia';
    expect(await blocked(session)).toEqual([]);
  });

  it('reads a sentence opening in Spanish, and Haitian Creole relayed, as no one', async () => {
    expect(
      await blocked(
        'Therapist: How has this week been?\nClient: Difícil. Todas las noches me despierto a la misma hora ' +
          'y rezo el rosario hasta que amanece.\nTherapist: That sounds exhausting.',
      ),
    ).toEqual([]);
    expect(
      await blocked(
        'interpreter: kijan ou ye jodi a\nclient: mwen pa byen tet mwen fe m mal anpil mwen pa domi nan nwit la\n' +
          'interpreter: she is not well her head hurts a lot and she does not sleep at night',
      ),
    ).toEqual([]);
  });

  it('still finds whom and where the writer capitalized inside a sentence in Spanish', async () => {
    expect(
      await blocked(
        'Therapist: And the weekend?\nClient: Mi hija Marisela vino de Tucson y fuimos a misa juntas. Me sentí mejor.',
      ),
    ).toEqual(['PERSON:Marisela', 'LOCATION:Tucson']);
  });
});

describe("a pet's name given after the pet, and a class in a tongue", () => {
  it('reads them as no one and nowhere', async () => {
    expect(
      await blocked(
        'Therapist: The dog has been guarding the door all week.\nChild: Yeah. His name is Waffles. He sleeps on my bed.\n' +
          'Therapist: So Waffles keeps watch.',
      ),
    ).toEqual([]);
    expect(
      await blocked(
        'student: i cried in the bathroom and then i went to spanish and acted like nothing happened',
      ),
    ).toEqual([]);
    expect(
      await blocked("Daughter: She thinks it is no real job. In Vietnamese there isn't even a word for it."),
    ).toEqual([]);
    // A hospital named like a tongue is still where care was given.
    expect(await blocked("They sent her to triage at Swedish and she's doing a 24 hr urine.")).toEqual([
      'LOCATION:Swedish',
    ]);
  });

  it("still finds a child's name given after the pet was mentioned", async () => {
    expect(
      await blocked('Client: We got a puppy for my son. His name is Jaden, my son I mean, not the puppy.'),
    ).toContain('PERSON:Jaden');
  });
});
