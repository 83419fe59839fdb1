/**
 * The benchmarks' generated session talk: dialogue with names, places, dates and phone numbers, so a
 * scanner benchmark needs no corpus. Shared by `bench:scan` and `bench:scan-versus`.
 */
const turns = [
  'Therapist: How was your week, {first}?',
  'Client: Honestly it was rough. My son {first} got suspended again and we had to drive to {place} to pick him up.',
  'Therapist: That sounds really stressful. What happened at school?',
  "Client: He got into it with some kid, I don't know, {first} {last} or something. The principal called me on {date}.",
  'Therapist: Mm-hmm. And how did you handle it when you got home?',
  'Client: I tried to stay calm, like we practiced, but I was yelling by the end. His grandma lives over on {street} and she took him for the night.',
  "Therapist: So you noticed yourself getting louder. That's a skill we've been working on.",
  'Client: Yeah, I guess. I called her at {phone} the next morning and she said he was fine.',
  'Therapist: What would you like to try differently next time?',
  'Client: Maybe take a break before I say anything. Go outside, breathe, you know, like you said.',
];
const firsts = ['Jayden', 'Maria', 'Keisha', 'Tyler', 'Brianna', 'Marcus', 'Destiny', 'Cody'];
const lasts = ['Johnson', 'Ramirez', 'Nguyen', 'Kowalski', 'Washington', 'Patel'];
const places = ['Dundalk', 'Tigard', 'Glen Burnie', 'Essex', 'Hillsboro'];
const streets = ['Maple Avenue', '1420 Oak Street', 'Quarry Road'];

export function transcript(words: number): string {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    const line = turns[i % turns.length]!.replace('{first}', firsts[i % firsts.length]!)
      .replace('{first}', firsts[(i + 3) % firsts.length]!)
      .replace('{last}', lasts[i % lasts.length]!)
      .replace('{place}', places[i % places.length]!)
      .replace('{street}', streets[i % streets.length]!)
      .replace('{date}', `March ${(i % 28) + 1}`)
      .replace('{phone}', `410-555-${String(1000 + (i % 9000)).padStart(4, '0')}`);
    out.push(line);
    n += line.split(/\s+/).length;
  }
  return out.join('\n');
}

export const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;
