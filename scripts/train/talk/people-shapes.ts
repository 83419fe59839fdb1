/**
 * A second batch of people in talk, in shapes the first lacks, so the scorer learns from context
 * rather than from particular templates: a name opening the sentence with no cue before it, a name
 * as the object of an ordinary verb, long lists, names after fillers and false starts, names and
 * surnames that are everyday words, nicknames, titles with surnames, and direct address anywhere
 * in a turn, with and without commas.
 */
import { frames } from './slots.ts';

const openers = frames('opener', [
  '{first} finally called back',
  '{first} and I went to get tacos after',
  "{first}'s been sleeping on our couch for a month",
  '{first} thinks I should quit',
  '{first} never showed',
  '{first} had the baby on {day}',
  '{first} says hi, by the way',
  '{first} got the job',
  "{first} doesn't know yet",
  '{first} was already there when I got home',
  '{first} texted me like forty times',
  '{first} got pulled over again',
  "{first} is why I'm still sober",
  '{first} and {first} broke up, finally',
  '{full} was my first real boss',
  '{last} was yelling before I even walked in',
  '{first} keeps asking when I am coming home',
  '{nick} used to say that all the time',
  '{first} moved out last {month}',
  "{first}'s mom picked them up",
  '{first} helped me move the couch',
  "{first} can't keep a secret, never could",
  '{first} slept over again',
]);

const objects = frames('object', [
  'I saw {first} at the gas station and just kept driving',
  'I told {first} everything',
  'I drove {first} to the appointment',
  'I keep thinking about {first}',
  'we dropped {first} off at the airport',
  'I hugged {first} for the first time in years',
  'I asked {first} to leave',
  'I helped {first} fix up a resume',
  'I picked {first} up from jail',
  'I let {first} borrow the car and now it is wrecked',
  'I finally forgave {first}',
  'I owe {first} like two hundred bucks',
  'I almost called {first} last night',
  'I trust {first} more than my own family',
  'we visited {first} in the nursing home',
  'I yelled at {first} and felt awful',
  'I babysit {first} on {day}s',
  'I text {first} every morning',
  'I watched {first} walk out the door',
  'I ignored {first} all weekend',
  'I invited {full} to my graduation',
  'they hired {first} instead of me',
  'nobody believes {first}',
  'I heard {first} crying through the wall',
  'she married {first} right out of high school',
  'I used to date {first}',
  'I blame {first} for a lot of it',
]);

const longLists = frames('long-list', [
  '{first}, {first} and {first} all came to the hospital',
  'it was me, {first}, {first}, {first} and my {rel}',
  '{first}, {first}, {first}, they all knew and nobody said anything',
  'we had {first}, {first}, and {first} over for {holiday}',
  'my kids are {first}, {first} and {first}',
  '{first} and {first} and their kids stayed with us',
  'there were like five of us, {first}, {first}, {first}, me and {first}',
  '{full}, {full}, and a couple others from work',
  'I called {first}, then {first}, then my {rel}',
  '{first} or {first}, one of them has my keys',
]);

const hesitant = frames('hesitant', [
  'like {first} was just standing there',
  'um {first} said maybe next week',
  'and then uh {first} shows up',
  'so, like, {first} and me are kind of together now',
  'I- {first} and I are not okay',
  'it was, um, {full}, I think',
  "my, my {rel}, {first}, that's the one",
  'wait no it was {first}',
  'he- {first} just left',
  'you know, like, {first}, from my old job',
  'so {first}- no, {first}, my other cousin',
  'well {first} kind of, um, moved in',
]);

/** First names that are everyday words, where only the sentence says they are names. */
const wordNames = frames('word-name', [
  '{wordfirst} finally called back about the car',
  'I told {wordfirst} I needed space',
  'my {rel} {wordfirst} is due in {month}',
  'me and {wordfirst} went out for breakfast',
  '{wordfirst} and I have been together six years',
  "{wordfirst}'s been really good to me",
  'I drove {wordfirst} to school this morning',
  'my youngest, {wordfirst}, just started kindergarten',
  'we named the baby {wordfirst}, after my grandma',
  'I have a kid, {wordfirst}, nine years old',
  '{wordfirst} from group called to check on me',
  'I miss {wordfirst} so much',
  'it was {wordfirst} who found me',
  'I keep thinking about {wordfirst}',
  'my ex {wordfirst} wants the kids for {holiday}',
  '{wordfirst}, {first} and I all live together now',
  'someone named {wordfirst} from church',
  'I had coffee with {wordfirst} on {day}',
  'so {wordfirst} said I could stay there',
  'my best friend is {wordfirst}',
  '{wordfirst} has been clean for two years now',
  'um {wordfirst} is kind of my person',
]);

/** Surnames that are everyday words, after titles and as families. */
const wordSurnames = frames('word-surname', [
  'Mr. {wordlast} at the school called me',
  'Mrs. {wordlast} was my favorite teacher',
  "we're having dinner with the {wordfamily} on {day}",
  'the {wordfamily} moved in across the street',
  'Coach {wordlast} wants him at practice by six',
  'Officer {wordlast} was the one who took my statement',
  'Pastor {wordlast} came to the hospital',
  'Judge {wordlast} gave me ninety days',
  'my probation officer is a guy named {wordlast}',
  'Ms. {wordlast} kept me after class',
  'the {wordfamily} have a pool so the kids love it there',
  'my mom remarried, so she is a {wordlast} now',
]);

const nicknamed = frames('nickname', [
  '{tag} is coming to pick me up',
  'my cousin {tag} got out last week',
  'I stayed with {tag} for a while',
  'we all call him {tag}',
  '{tag} and me used to run the streets together',
  'my little one, {tag}, is teething',
  'I told {tag} to stay away from the house',
  'oh {tag}? harmless, totally harmless',
  "{tag}'s girlfriend called me",
]);

/** Teachers, coaches, bosses and officials by title and surname. */
const titled = frames('titled', [
  'Mrs. {last} thinks he might have {dx}',
  'I had a talk with Mr. {last} after the game',
  'Coach {last} is like a dad to him',
  'Principal {last} suspended her for three days',
  'Professor {last} let me retake the exam',
  'Sergeant {last} was my squad leader',
  'my boss, Mr. {last}, gave me the week off',
  'Miss {last} from daycare said she bit someone',
  'we had a parent-teacher thing with Ms. {last}',
  'Pastor {last} did the service',
  'the foreman, {last}, sent me home early',
  'I work under {last} now and he is a lot',
  'Nurse {last} on the unit was so kind',
]);

/** The client speaking to the therapist by name. */
const toTherapist = frames('to-therapist-2', [
  '{first} I did the homework, all of it',
  'you know what {first}, you were right',
  'I tried {first}, I really did',
  "okay {first}, here's the thing",
  '{first} I relapsed',
  'sorry {first}, I am all over the place today',
  'no {first} it is fine',
  'thank you so much {first}',
]);

/** The therapist speaking to the client by name, at the start, middle or end of a turn. */
export const moreAddressFrames = frames('address-2', [
  '{client} I want you to hear this',
  '{client}, that was brave',
  'so what I hear, {client}, is that you are tired',
  'and that matters, {client}, it really does',
  'right {client}',
  'okay so {client} let me ask you this',
  '{client} how are you doing with all of that',
  'you did it {client}',
  'tell me about that {client}',
  'well {client}, what do you think',
  '{client} I noticed you smiled just now',
  'hey {client} come on in',
  'I wonder {client} if part of you already knows',
  'we are almost out of time {client}',
]);

export const morePeopleFrames = [
  ...openers,
  ...objects,
  ...longLists,
  ...hesitant,
  ...wordNames,
  ...wordSurnames,
  ...nicknamed,
  ...titled,
  ...toTherapist,
];
