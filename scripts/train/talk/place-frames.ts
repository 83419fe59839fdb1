/**
 * How places come up in talk, written for training only: towns and cities after many verbs and
 * prepositions, streets said without numbers, neighbourhoods, schools, universities, hospitals,
 * workplaces, churches, parks and stores that carry a person's or a town's name.
 */
import { frames } from './slots.ts';

const towns = frames('town', [
  'I grew up in {town}',
  'we lived in {townst} until I was twelve',
  'we moved to {town} right after the wedding',
  'I drove all the way to {town} and back on {day}',
  'my mom is still back home in {town}',
  'they are out in {town} now, like two hours away',
  'my brother lives over in {town}',
  "I've been visiting my dad in {town} every other weekend",
  'we are thinking about moving up to {town}',
  'she took the kids down to {townst} for {holiday}',
  'I was born in {city} but raised in {town}',
  'the job in {city} fell through',
  'I hate driving through {city} at rush hour',
  'I flew into {city} for the funeral',
  'my ex moved to {city} with her new boyfriend',
  'I spent three years in {city} and it was a mess',
  'the rent in {town} is crazy now',
  'um I I think it was in {town}, or maybe {town}',
  'I got a DUI in {county} back in {month}',
  'we are in {county}, kind of out in the country',
  'he is from {town} originally',
  'nothing ever happens in {town}',
  'the drive from {town} to {town} is just cornfields',
  'I left {town} the day I turned eighteen',
  'last time I was in {town} I relapsed',
]);

const streets = frames('street', [
  'we are off {street}, by the gas station',
  'they live on {street} now',
  'the house on {street} is where it all happened',
  'I walk down {street} to get to the bus',
  'there was a crash at {street} and Main',
  'she moved into an apartment over on {street}',
  'my grandma still has the place on {street}',
]);

const neighbourhoods = frames('neighbourhood', [
  'we just moved to {hood}',
  'it is not safe in {hood} after dark',
  'all my friends are in {hood}',
  'we rent a little house in {hood}',
]);

const schools = frames('school-place', [
  'she started at {school} this fall',
  'he got suspended from {school} again',
  'I went to {school} with half the people at my job',
  'I graduated from {school} in like 2009',
  'my son is in second grade at {school}',
  'I dropped out of {uni} after a semester',
  'my daughter wants to go to {uni}',
  'I am taking night classes at {uni}',
]);

const hospitals = frames('hospital', [
  'I ended up in the ER at {hospital}',
  'they kept me at {hospital} for three days',
  'she delivered at {hospital}',
  'the psych unit at {hospital} was awful',
  'my dad is in hospice at {hospital}',
  'I got my {test} done at {hospital}',
  'they transferred him from {hospital} to {hospital}',
  'I work nights at {hospital} as a tech',
]);

const workplaces = frames('workplace', [
  'I work at {work}',
  'I got a job at {work} doing the books',
  'I have been at {work} for like six years',
  'he quit {work} without telling me',
  'they let me go from {work} in {month}',
]);

const named = frames('named-place', [
  'we go to {church} every Sunday',
  'I started going back to {church} with my mom',
  'the {program} meeting is in the basement of {church}',
  'I take the dog to {park} after work',
  'we had the party out at {park}',
  'I sat in my car at {park} for an hour',
  'I picked up my meds at {store}',
  'she works the register at {store}',
  'I ran into my ex at {store}',
]);

export const placeFrames = [
  ...towns,
  ...streets,
  ...neighbourhoods,
  ...schools,
  ...hospitals,
  ...workplaces,
  ...named,
];
