import { describe, expect, it } from 'vitest';
import { blocked } from './helpers.ts';

describe('clinical paperwork: the value after a form field label', () => {
  const intake =
    'INTAKE FORM\n' +
    'Client Name: Rosalind Ferrante\n' +
    'Preferred Name: Will\n' +
    'Date of Birth: March 4, 1990\n' +
    'Spouse: Will\n' +
    'Mother: Deceased\n' +
    'Emergency Contact: Joy (sister)\n' +
    'Nickname: Bear\n' +
    'City: Bend\n' +
    'Church: Grace Fellowship\n' +
    'Employer: Tillman Feed and Supply\n' +
    'Medication Name: Zoloft\n' +
    'Presenting Problem: Low mood, poor sleep\n';

  it('reads whom or where the label says, even words no cue in prose makes a name of', async () => {
    expect(await blocked(intake)).toEqual([
      'PERSON:Rosalind Ferrante',
      'PERSON:Will',
      'DATE:March 4, 1990',
      'PERSON:Will',
      'PERSON:Joy',
      'PERSON:Bear',
      'LOCATION:Bend',
      'LOCATION:Grace Fellowship',
      'LOCATION:Tillman Feed and Supply',
    ]);
  });

  it('reads a transcript whose speakers are labelled by role as no form', async () => {
    const transcript =
      'Client: Okay.\nTherapist: Will you say more?\nClient: Hope so.\nTherapist: Right.\n' +
      'Client: Faith, I guess.\nTherapist: Good.\n';
    expect(await blocked(transcript)).toEqual([]);
  });
});
