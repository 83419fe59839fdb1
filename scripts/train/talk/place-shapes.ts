/**
 * A second batch of places in talk, in shapes the first lacks: towns after many more verbs and
 * prepositions and opening a sentence, "the <town> area", a town's possessive, streets with and
 * without their suffix, businesses and clinics named after people or towns, schools and
 * universities by initials in more contexts.
 */
import { frames } from './slots.ts';

const towns = frames('town-2', [
  'my aunt is from {town}',
  'we live near {town}, like twenty minutes out',
  'I got pulled over just outside {town}',
  'she is up in {town} with her dad',
  'my grandparents are down in {town}',
  'he lives out by {town}',
  'there is a good meeting over by {town}',
  'we drove past {town} on the way',
  'I drove through {town} and did not even stop',
  'I was heading toward {town} when the car died',
  'everything in the {town} area is so expensive',
  "{town}'s schools are better so we moved",
  '{town} is where my whole family is',
  '{town} was a whole different life',
  '{city} was too much for me',
  'I commute from {town} every day',
  'we stopped in {town} for gas',
  'I used to party in {city} every weekend',
  'my sister just got back from {city}',
  'I am thinking about going back to {town}',
  'she transferred to the {town} office',
  'the {town} police picked me up',
  'there is a clinic out in {town} that takes walk-ins',
  'he is doing time in {county}',
  'we were camping up near {town}',
  'we live somewhere between {town} and {town}',
  'I hitchhiked to {city} when I was sixteen',
  '{townst} is where I got sober',
]);

const streets = frames('street-2', [
  'I live off {streetbare}, near the school',
  'we were on {streetbare} when it happened',
  'the bus stop on {streetbare} by the bank',
  'take {street} all the way down',
  'my new place is right on {street}',
  'there is a house on {streetbare} where people use',
  'I used to walk down {streetbare} every night',
  'her mom still lives over on {streetbare}',
  'I crashed on {street} near the light',
  'we moved from {street} to {street}',
]);

const businesses = frames('business', [
  'I got a job at {biz}',
  'I was at {biz} when she called',
  'he works the counter at {biz}',
  'we got lunch at {biz}',
  'I have a shift at {biz} tonight',
  '{biz} fired me for being late',
  'they took me to {clinic} by ambulance',
  'I did thirty days at {clinic}',
  '{clinic} wants to see me again in {month}',
  'I was born at {hospital}',
  'my mom works in billing at {clinic}',
  'I had my {test} over at {clinic}',
  '{hospital} discharged me way too early',
]);

const schools = frames('school-2', [
  'I got into {uni}',
  'he plays ball for {uni}',
  'she is a junior at {uni} now',
  '{uni} gave me a scholarship',
  'I was supposed to go to {uni} but I got pregnant',
  'my brother transferred out of {uni}',
  "we watched the {uni} game at my uncle's",
  '{school} called about her attendance',
  'the bus to {school} comes at six forty',
  'my kids both go to {school}',
  'I coach at {school} on weekends',
]);

const around = frames('around-town', [
  'she grew up in {hood}',
  'we looked at a house out in {hood}',
  'I do not go back to {hood} anymore',
  'we got married at {church}',
  'I volunteer at {church} on {day}s',
  'I walked around {park} for like two hours',
  'we met at {park}',
  'I sat outside {store} trying not to go in',
]);

export const morePlaceFrames = [...towns, ...streets, ...businesses, ...schools, ...around];
