import { describe, expect, it } from 'vitest';
import { blockedTexts, talk } from './helpers.ts';

describe('names in name slots of lower-cased speech', () => {
  it('finds a name no word list knows after a verb that takes a person', async () => {
    const text = `${talk}client: i went over to see madelynn on sunday. i haven't talked to kaedyn in a while.`;
    expect(await blockedTexts(text)).toEqual(['madelynn', 'kaedyn']);
  });

  it('finds "X and I", "X told me" and "X\'s been" with unknown or listed names', async () => {
    const text = `${talk}client: deontae and i got into it again. grace told me i should come in. brisa's been staying with us.`;
    expect(await blockedTexts(text)).toEqual(['deontae', 'grace', 'brisa']);
  });

  it('finds an unknown name in direct address and as a speaker label', async () => {
    const text = `${talk}therapist: okay, rashawn. does that make sense?\ntre: yeah, it does.`;
    expect(await blockedTexts(text)).toEqual(['rashawn', 'tre']);
  });

  it('still reads an unlisted word as a name in speech full of stutters and listed names', async () => {
    const stutters =
      'client: i-i-i mean, mm-hmm, and-and the-the thing is, you-you know, it-it is hard. mm-hmm. uh-huh.\n' +
      'client: my-my boss barnett and my aunt from stockton and kettering, mm-hmm, i-i guess.\n';
    const text = `${talk}${stutters}${stutters}therapist: thanks for coming in today, alexanne?`;
    expect(await blockedTexts(text)).toContain('alexanne');
  });

  it('finds names from the unranked first-name lists anywhere in lower-cased speech', async () => {
    const text = `${talk}client: yeah, at the moment with joshuah. i ran into kellen at the store.`;
    expect(await blockedTexts(text)).toEqual(['joshuah', 'kellen']);
  });

  it('finds a given name that is also a word doing something to what is their own', async () => {
    const text = `${talk}client: chase took his truck to the shop. the dog lost his collar. grace lost her mind lol`;
    expect(await blockedTexts(text)).toEqual(['chase']);
  });

  it('finds capitalized everyday-word names in the same slots', async () => {
    expect(
      await blockedTexts("Client: Grace told me I should come in. Drew's been staying with us."),
    ).toEqual(['Grace', 'Drew']);
  });

  it('leaves verbs, lists of conditions, hesitations and credentials alone', async () => {
    const text =
      `${talk}therapist: what about asking the doctor about it? side effects such as kidney damage, gout, ` +
      'pancreatitis, and the like. i could pitch in with lots of, um, chores. okay, gotcha. ' +
      'somebody down the hall is od-ing and they call me.';
    expect(await blockedTexts(text)).toEqual([]);
    expect(await blockedTexts('SEEN BY TED J. WALLACE-PRICE, RRT.')).toEqual(['TED J. WALLACE-PRICE']);
  });
});

describe('roster near-misses and address blocks in dialogue', () => {
  it('never reads a contraction or a month as a misspelled roster name', async () => {
    const roster = { people: ['Ila Jules'], places: [] };
    expect(await blockedTexts("I'll see you in July. Ila said hi.", { roster })).toEqual(['Ila']);
  });

  it('does not take the next speaker turn for the town line of a street address', async () => {
    const text = "Client: We're at 2312 Columbia Avenue now.\nTherapist: Okay.\nClient: Yeah.";
    expect(await blockedTexts(text)).toEqual(['2312 Columbia Avenue']);
  });
});

describe('names set off by commas when someone is spoken to', () => {
  it('finds a name that is also a word when a question to the listener follows it', async () => {
    const text = `${talk}therapist: jewel, can i ask you something? dane, how are you?`;
    expect(await blockedTexts(text)).toEqual(['jewel', 'dane']);
    expect(await blockedTexts('Therapist: Charity, can I ask you something? Okay.')).toEqual(['Charity']);
  });

  it('finds an unlisted name between commas in a sentence addressed to "you", and after "thank you"', async () => {
    const text = `${talk}therapist: so, thinking about it, daphnee, um, when did you first notice it? thank you alexanne.`;
    expect(await blockedTexts(text)).toEqual(['daphnee', 'alexanne']);
  });

  it('leaves words, fillers and endearments before a comma alone', async () => {
    const text =
      `${talk}client: hope, you know, is important. summer, i think, is best. honey, can you pass it? ` +
      'man, can you believe it? see, you know what i mean.';
    expect(await blockedTexts(text)).toEqual([]);
  });
});

describe('people introduced by where they are from or what they are', () => {
  it('finds an everyday-word name "from my old job" when the person then acts, not a lunch from work', async () => {
    const text =
      'Client: Forest from my old job texted me out of nowhere. Coy from our church just called me. ' +
      'Dinner from my job was catered.';
    expect(await blockedTexts(text)).toEqual(['Forest', 'Coy']);
  });

  it('finds a name after "this guy" or "that lady", but not a day or a place word in lower case', async () => {
    const text =
      'Client: There is this guy Parks on my crew who never shuts up. That lady Bliss at the front desk ' +
      'hates me. This guy Friday is the worst. There is this guy at work who yells.';
    expect(await blockedTexts(text)).toEqual(['Parks', 'Bliss']);
  });

  it('finds a household in the plural of a plural beside medicine', async () => {
    const text =
      'Client: The Glovers and the Sanderses both have kids her age. I stopped the sertraline cold turkey.';
    expect(await blockedTexts(text)).toEqual(['Glovers', 'Sanderses']);
  });
});

describe('a name said again, asked about or echoed', () => {
  it('finds every mention of a name once the text makes it someone, a possessive "is" too', async () => {
    const text =
      "Client: Henderson keeps riding me at work. Therapist: Henderson's your supervisor? Client: Yes. " +
      'Henderson, every single shift.';
    expect(await blockedTexts(text)).toEqual(['Henderson', 'Henderson', 'Henderson']);
  });

  it('does not repeat a word of a longer name alone where case says nothing, or an everyday word opening a sentence', async () => {
    const text = 'Client: I saw Will Kessington today. Will you ask him? Kessington never calls.';
    expect(await blockedTexts(text)).toEqual(['Will Kessington', 'Kessington']);
  });

  it('finds the name in "Who\'s X?" and a name echoed back as a question', async () => {
    const text =
      "Therapist: Who's Chase? Client: My roommate's boyfriend.\nTherapist: How's your son doing?\n" +
      'Client: Jaxon? He got suspended. Really? I had no idea.';
    expect(await blockedTexts(text)).toEqual(['Chase', 'Jaxon']);
  });
});

describe('names that are words, identified in lower-cased speech', () => {
  it('finds a name said to be a relation, asked after, named by a parent or from an agency', async () => {
    const text =
      `${talk}therapist: and autumn is your girlfriend? client: yeah. sage that's my daughter. ` +
      "therapist: how's ruby doing? client: good. harmony from the county called. my mom named me serenity.";
    expect(await blockedTexts(text)).toEqual(['autumn', 'sage', 'ruby', 'harmony', 'serenity']);
  });

  it('repeats a name speech seldom says as a word, but not an everyday one', async () => {
    const names = `${talk}client: sterling and me got into it again. therapist: sterling is? client: my husband.`;
    expect(await blockedTexts(names)).toEqual(['sterling', 'sterling']);
    const words = `${talk}client: me and hope went out. i hope it works. work that's my whole life. how's work doing?`;
    expect(await blockedTexts(words)).toEqual(['hope']);
  });

  it("reads a note's shorthand headings as no one", async () => {
    const text =
      'Hx: raised by grandparents.\nDX: MDD, RECURRENT, MODERATE.\nClient: Jean, it is good to see you.';
    expect(await blockedTexts(text)).toEqual(['Jean']);
  });
});
