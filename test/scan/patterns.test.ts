import { describe, expect, it } from 'vitest';
import { detectPatterns } from '../../src/scan/detect/patterns.ts';
import { blockedTexts } from './helpers.ts';

const found = (text: string) => detectPatterns(text).map((d) => `${d.label}:${text.slice(d.start, d.end)}`);

describe('Safe Harbor patterns', () => {
  it('finds phone and fax numbers in common US formats', () => {
    expect(found('Call (410) 555-1234 or 410.555.9876, fax +1 443-555-0000.')).toEqual([
      'PHONE:(410) 555-1234',
      'PHONE:410.555.9876',
      'PHONE:+1 443-555-0000',
    ]);
  });

  it('finds e-mail addresses, URLs and IP addresses', () => {
    expect(found('Mail jane.doe@example.org, see https://clinic.example.com/x?id=3 from 10.0.12.7')).toEqual([
      'EMAIL:jane.doe@example.org',
      'URL:https://clinic.example.com/x?id=3',
      'IP:10.0.12.7',
    ]);
  });

  it('finds social security numbers but not impossible ones', () => {
    expect(found('SSN 123-45-6789')).toEqual(['SSN:123-45-6789']);
    expect(found('code 000-12-3456')).not.toContain('SSN:000-12-3456');
  });

  it('finds dates more specific than a year, and leaves years, fractions and strengths alone', () => {
    expect(found('Born 03/14/2009, seen March 3rd, 2021, again on 7/23 and 2021-05-01.')).toEqual([
      'DATE:03/14/2009',
      'DATE:March 3rd, 2021',
      'DATE:7/23',
      'DATE:2021-05-01',
    ]);
    expect(found('In 2009 he scored 3/4, grip 5/5, half (1/2) the dose.')).toEqual([]);
  });

  it('leaves ventilator settings, blood gases, cardiac outputs and pain scores alone in clinical notes', () => {
    const note =
      'PSV increased to 10/5 overnight. On bi-pap 12/5, 50% 8/5. ABG 81/59/7.31/31. CO/CI/SVR 5.6/2.62/800, ' +
      'co/ci 4-6/2-4. Settings 10/5/40%. c/o 3/10 back pain, CP 4/10.';
    expect(found(note).filter((f) => f.startsWith('DATE'))).toEqual([]);
    expect(found('7/22 found by husband on floor. 9/8 returned to cath lab. DOB 3.4.1950.')).toEqual([
      'DATE:7/22',
      'DATE:9/8',
      'DATE:3.4.1950',
    ]);
  });

  it("reads ratings and counts of a scale's items as no date, but keeps a visit's day", () => {
    const note =
      'Urges to drink 6/10 today (previously 8/10). Rated confidence in the plan as 7/10 after role play. ' +
      'Cravings for opioids 3/10 and nicotine 5/10. Distress 2/5 at close. Parent form: 6/9 inattentive items, ' +
      '4/8 criteria met (baseline 7/9).';
    expect(found(note).filter((f) => f.startsWith('DATE'))).toEqual([]);
    expect(found('Seen on 4/10 and again 6/9 for medication review.')).toEqual(['DATE:4/10', 'DATE:6/9']);
  });

  it('finds ages over 89 but not younger ages', () => {
    expect(found('She is 93 years old; her brother is aged 91.')).toEqual([
      'AGE:93 years old',
      'AGE:aged 91',
    ]);
    expect(found('He is 45 years old and 89 yo.')).toEqual([]);
  });

  it('finds street addresses, PO boxes and ZIP codes', () => {
    expect(found('Send it to 1420 N Oak Street Apt 3, Dundalk, MD 21222 or PO Box 77.')).toEqual([
      'LOCATION:1420 N Oak Street Apt 3',
      'LOCATION:PO Box 77',
      'LOCATION:21222',
    ]);
  });

  it('finds street addresses whose type is also shorthand or a word, and a building number before the house number', () => {
    expect(found('We are at 89 Court Street now; mail goes to 12 Harbor Ct and 40 HARBOR CT.')).toEqual([
      'LOCATION:89 Court Street',
      'LOCATION:12 Harbor Ct',
      'LOCATION:40 HARBOR CT.',
    ]);
    expect(found('Olive Brandt\n\n712 418 Kudu St\n')).toEqual(['LOCATION:712 418 Kudu St']);
  });

  it('reads rhythms, tube sizes, doses and ranges in clinical shorthand as no street', () => {
    const note = [
      'HR 80-108 ST, 1 ST DEGREE AVB, #8 trach in place, 3 WAY FOLEY IN PLACE.',
      'Gave 6u sq and 12u reg SQ. MG 1.6 REPLETION HELD, DR OSTROWSKI AWARE. HR 96 ST.',
      'crackles 1/2 way up. 1 run of 18 beats. One 5 beat run VT. At 1400 anterior CT placed.',
      'weaned to 20cc over a 3 hour span. Dr. King aware. ETT withdrawn from 25 to 23 as it sat low.',
    ].join('\n');
    expect(found(note).filter((f) => f.startsWith('LOCATION'))).toEqual([]);
  });

  it('reads settings, doses, frequencies and clock ranges written without spaces as no code', () => {
    const note =
      'ON PEEP10 NOW, 30MCGKGMIN, CREAT-56, HR60-70, SATS93-98, Q2-3HRS, X24HRS, 7AM-7PM, 11P-7A, 650X10X100, ' +
      'TYLENOL650MG, 2300-REMAINS, MAP-75-100.';
    expect(found(note).filter((f) => f.startsWith('ID'))).toEqual([]);
    expect(found('plate 7ABC123, serial SN4829XK, licence D1234567')).toEqual([
      'ID:7ABC123',
      'ID:SN4829XK',
      'ID:D1234567',
    ]);
  });

  it('finds record, account and plate numbers by their keyword or shape', () => {
    expect(found('MRN: 4455667, acct #A99231, plate 7ABC123')).toEqual([
      'ID:4455667',
      'ID:A99231',
      'ID:7ABC123',
    ]);
    expect(found('card 4454 7945 1139 0933')).toEqual(['ID:4454 7945 1139 0933']);
  });

  it('reports nothing in plain talk with small numbers', () => {
    expect(found('We met 3 times in 2 weeks and talked for 45 minutes about 10 things.')).toEqual([]);
  });
});

describe('ventilator pressure pairs written like dates', () => {
  it('leaves "BIPAP OVERNIGHT 10/5" and "ON 10/5 BIPAP" alone but keeps a date before other words', () => {
    const note = 'ON BIPAP OVERNIGHT 10/5 FIO2 65%. ABG ON 10/5 BIPAP 65%. Admitted on 10/5 with pneumonia.';
    expect(found(note)).toEqual(['DATE:10/5']);
  });
});

describe('measurements that imitate phone numbers, account numbers, codes and dates', () => {
  it('leaves blood gases, vital-sign runs and ventilator settings alone', () => {
    const note =
      'ABG 7.31-48-88-24. Vitals: 132/70 84 22 97%. VENT AC 14 650 40% PEEP 8. cks 1820-96-3.9 today.';
    expect(found(note).filter((f) => !f.startsWith('DATE'))).toEqual([]);
  });

  it('reads "SVR 900-1500" and a rise to a round number as a range, but keeps a local number', () => {
    expect(found('SVR 954-1183, TV 900-1500, voiding 575-1000 cc.')).toEqual([]);
    expect(found('call her at 555-1234 tonight')).toEqual(['PHONE:555-1234']);
  });

  it('reads runs of clinical letters and numbers as no code', () => {
    expect(
      found('LAST ABG-119/36/7.47. ON PS10PEEP 5 VIA PB7200 VENT. D50-GTT RESUMED. FIO240% NOW.'),
    ).toEqual([]);
    expect(found('plate 7ABC123')).toEqual(['ID:7ABC123']);
  });

  it('reads weaning pairs, pressure pairs before an FiO2, quantities and murmur grades as no date', () => {
    const note =
      'Kept weaning down to 10/5. mask ventilation 10/5 40%. ns at 150cc/hr for 1/5 liters. +3/6 SEM. ' +
      'APPROX. 11/2HR. deteriorated to 3/2/1500. ON 24/06/12/18 SCHEDULE. chest pressure 6/10.';
    expect(found(note)).toEqual([]);
    expect(found('Seen 10/17 and on 2019-03-04, again 7/9th.')).toEqual([
      'DATE:10/17',
      'DATE:2019-03-04',
      'DATE:7/9',
    ]);
  });
});

describe('grades and tissue types that look like dates and codes', () => {
  it('reads a murmur grade as no date, past the words that say which murmur, and an HLA allele as no code', async () => {
    expect(
      await blockedTexts(
        'Exam: a 3/6 crescendo-decrescendo systolic murmur at the base. HLA-B27 is positive.',
      ),
    ).toEqual([]);
    expect(await blockedTexts('Seen on 3/6 for follow-up of her murmur. Plate ABC-1234 was noted.')).toEqual([
      '3/6',
      'ABC-1234',
    ]);
  });
});
