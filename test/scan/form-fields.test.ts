import { describe, expect, it } from 'vitest';
import { blocked, blockedTexts } from './helpers.ts';

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
    'Provider: Telehealth\n' +
    'Guardian: State\n' +
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

describe("a form's labels, agencies and workplaces, and a plan's numbered goals", () => {
  it('reads a label as what the form asks, an agency and a workplace by its kind as places, and "Goal 1" as no place', async () => {
    const plan =
      'TREATMENT PLAN\n' +
      'Agency: Sun Mesa Family Behavioral Health - Northeast Clinic\n' +
      'Client Name: Dorotea Quispe\n' +
      'Date of Birth: 01/02/1980\n' +
      'Employer: Stemilt orchards (seasonal)\n' +
      'Payer: Medicare Part B\n' +
      'Level of care: outpatient\n' +
      'A: Meaningful progress toward Goal 1 (reduce worry to under two hours a day).\n';
    expect(await blocked(plan)).toEqual([
      'LOCATION:Sun Mesa Family Behavioral Health - Northeast Clinic',
      'PERSON:Dorotea Quispe',
      'DATE:01/02/1980',
      'LOCATION:Stemilt orchards',
    ]);
  });
});

describe('a label asking for names, whatever word ends it', () => {
  it('reads "Other names used" as names, "Name of school" as a place', async () => {
    const form =
      'REGISTRATION\nName: Kowalczyk, Brian\nOther names used: "Sunny"\nDate of Birth: 10/04/1979\n' +
      'Name of school: Hillview Middle\nPhone: none\n';
    expect(await blocked(form)).toEqual([
      'PERSON:Kowalczyk, Brian',
      'PERSON:Sunny',
      'DATE:10/04/1979',
      'LOCATION:Hillview Middle',
    ]);
  });
});

describe('what clean paperwork holds: faith as held, a heading in the plural, crisis lines, worksheets', () => {
  it('leaves a faith one was raised in, a plural heading, a compound with a bound prefix and a Mass by its hour alone', async () => {
    const history =
      'DEVELOPMENTAL HISTORY\nBirth: Full term, C-section\nMilestones: Walked at 13 months\n' +
      'Sleep: Co-sleeps with mother most nights\nReligious affiliation: Raised Baptist, not practicing\n' +
      'Client would like to go to the Saturday evening Mass again, and to the Sunday service.\n';
    expect(await blocked(history)).toEqual([]);
  });

  it("leaves a note's few labels, a program by what it does, a state's own program and role letters", async () => {
    const note =
      'SERVICE PLAN REVIEW\nProgram: Adult Recovery Services, community clinic\n' +
      'Payer: Nebraska Medicaid (managed care)\nPlan type: Annual\n' +
      'Diagnoses:\nF33.1 Major depressive disorder, recurrent, moderate\n' +
      'Screening: MoCA 24/30; "HALT" check-in reviewed\n' +
      'Signed: Care Coordinator, BSW, QMHP\n' +
      'Incident: Resident C walked toward Resident D. Staff #2 redirected both.\n';
    expect(await blocked(note)).toEqual([]);
  });

  it('leaves crisis lines and the word one texts them, and a worksheet by its title', async () => {
    const plan =
      'SAFETY PLAN\nPeople and places I can contact:\n- 988, call or text any time\n' +
      '- Crisis Text Line: text HOME to 741741\n- The Trevor Project\n' +
      'Homework: Challenging Beliefs Worksheet x 3 before the next session.\n';
    expect(await blocked(plan)).toEqual([]);
  });
});

describe('paperwork laid out as a table, what a plan pays by, and what a text spells out', () => {
  it("reads labels set apart on one line, and a plan's name in a payer's field, as no one and nowhere", async () => {
    const header =
      'Session: Individual, 53 min    DOS: 03/14/2025    Auth #: pending\n' +
      'Payer: Harborview from Superior HealthPlan (Medicaid)\n' +
      'Referral source: school counselor\n' +
      'CHIEF COMPLAINT (mother): "He cannot sit still in class."\n' +
      'Clinician: Staff Psychiatrist, MD    Co-signed: RN, CARN\n';
    expect(await blocked(header)).toEqual(['DATE:03/14/2025']);
  });

  it('reads a state that is a given name before what the state runs, or in parentheses after a plan', async () => {
    const text =
      'Coverage: Virginia Medicaid approved 12 visits. Prior authorization went to Anthem (Georgia).\n' +
      'Licensing: North Carolina DHHS. Licensed in Oregon, Washington, Idaho.\n';
    expect(await blocked(text)).toEqual([]);
  });

  it('reads an acronym the text spells out, a clinic named by its drug and a brand after its generic as no one and nowhere', async () => {
    const letter =
      'She qualifies under the Americans with Disabilities Act (ADA), and the ADA covers the leave.\n' +
      'Follow-up at the Clozapine Clinic for the monthly blood draw; NEDA resources given.\n';
    expect(await blocked(letter)).toEqual([]);
    expect(
      await blocked(
        'Session: 40 min\nDx: F43.10\n' +
          'Incident: the resident (bipolar type) received divalproex sodium DR (Depakote) 500 mg at the ' +
          'AM med pass instead of the ordered dose.\n',
      ),
    ).toEqual([]);
    // A name said to someone stays a name.
    expect(await blocked('I talked to Ada about the leave.')).toEqual(['PERSON:Ada']);
  });
});

describe('a surname, its comma and the given name in a field naming someone', () => {
  it('reads the given name after the comma as part of the value, whatever word it is', async () => {
    expect(
      await blockedTexts(
        'Client Name: Haverford, Sterling J.\nDOB: 01/02/2001\nPhone: 555-0101\nPayer: Medicaid',
      ),
    ).toContain('Haverford, Sterling J');
    expect(
      await blockedTexts('Guardian: Haverford, Mother\nDOB: 01/02/2001\nPhone: 555-0101\nPayer: Medicaid'),
    ).toContain('Haverford');
  });
});
