/**
 * Names and places in written genres, for training only: clinical notes and exam-style
 * questions, patient questions on a Q&A site, and social-media posts.
 */
import { frames } from './slots.ts';

export const noteFrames = frames('note', [
  'Pt is a 34 y/o female accompanied by her {rel} {first}.',
  'Lives with {rel} ({first}) in {town}.',
  'Collateral obtained from {rel}, {full}, by phone.',
  'Discussed case with {dr}, who agrees with plan.',
  'Referred by {dr} at {hospital}.',
  'Transferred from {hospital} after 72-hour hold.',
  'Emergency contact: {full} ({rel}).',
  'Patient name: {clientfull}',
  '{clientfull} presents for follow-up of {dx}.',
  'Mr. {last} reports improved sleep on {drug}.',
  'Ms. {last} denies SI/HI.',
  'Client attends {school}, grade 7, has an {paper}.',
  'Works full time at {work}.',
  'Recently moved from {city} to {town}.',
  'Resides at a group home on {street}.',
  'Seen with supervisor {full}, LCSW.',
  'PCP: {dr}. Pharmacy: {pharmacy}.',
  'Mother ({first}) present for the first half of session.',
  'Student at {uni}, lives off campus.',
  'Admitted to {hospital} in {month} for {disease}.',
]);

export const qaFrames = frames('qa', [
  'My {rel} {first} has been on {brand} for a year, is that too long?',
  '{dr} says my {test} is fine but I still feel {feeling}.',
  'I live near {town} and cannot find a therapist who takes {insurer}.',
  'Went to the ER at {hospital} and they just gave me {brand}.',
  'My son goes to {school} and the nurse there will not give him his {drug}.',
  'Is it normal that {dr} never explains anything?',
  'Has anyone seen {dr} in {city}? Worth the drive?',
  'My husband {first} snores and stops breathing, could it be sleep apnea?',
  'Moving to {town} next month, how do I transfer my {drug} prescription?',
  'Thanks {first} for answering, that really helped.',
  'Question for {dr}: can I drink on {drug}?',
  'We are in {county} and the nearest detox is an hour out.',
  'I got my {test} results back from {hospital}, what does this number mean?',
]);

export const socialFrames = frames('social', [
  'shoutout to {first} for driving me to my appointment today',
  'cannot believe {first} remembered my sober date',
  '{first} and {first} are the best roommates ever',
  'happy birthday to my {rel} {first}!!',
  'missing {town} so much right now',
  'back in {town} for {holiday} and already stressed lol',
  'anyone in {city} know a good therapist??',
  'day 30 sober, thank you {first} and everyone at {program}',
  'first day at {work} wish me luck',
  'moved into my new place off {street} finally',
  'rip grandpa {first}, I miss you every day',
  'my {rel} {nick} is the funniest person alive',
  'me and {first} at {park} this morning',
  'graduated from {uni} today, mom I did it',
  'long night at {hospital} with my dad, please pray',
]);
