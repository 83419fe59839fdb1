/**
 * How people come up in talk, written for training only: relatives and friends introduced many
 * ways, coworkers and bosses, teachers and coaches, clinicians, nicknames, full names, surnames
 * alone and as families, in lists, as possessives, after prepositions, and at the end of a turn.
 * Sentences start in lower case; the assembler capitalizes them where a sentence begins.
 */
import { frames } from './slots.ts';

const family = frames('family', [
  'my {rel} {first} keeps calling me about money',
  '{first}, my {rel}, is the one who found me that night',
  'so {first} is my {rel}, and we have not talked since {holiday}',
  "it's my {rel}, {first}, she just can't let anything go",
  "{first}'s been staying with us since {month}",
  "I went over to {first}'s place after work",
  'me and {first} got into it again over the dishes',
  'my {rel} and her husband {first} are splitting up',
  'we named the baby after my grandpa {first}',
  'honestly {first} was the only one who showed up',
  'I keep thinking about what {first} said at the funeral',
  'um my {rel} uh {first} wants me to move back in',
  'it was {first} and {first} who drove me to detox',
  '{first}, {first}, and me all shared one bedroom growing up',
  'I think {first} is drinking again, like every night',
  "my kids, {first} and {first}, they're with their dad this week",
  'my oldest, {first}, just turned sixteen',
  'the youngest is {first}, she is four',
  'my {rel} {first} he he just stopped answering my texts',
  'I was supposed to call {first} back on {day}',
  'I miss {first} a lot, more than I say',
  "I don't trust {first} around the kids",
  'every time I see {first} I feel like a little kid again',
  "we had a big fight at {first} and {first}'s wedding",
  'I never told {first} about the diagnosis',
  'so my {rel} is {full}, you might have seen her name on the forms',
  'my birth mom is {full} but I was raised by my aunt',
  'my maiden name is {last}',
  "I took my husband's name, {last}, when we married",
  'the {family} next door take in my mail when I am gone',
  'we always spend {holiday} with the {family}',
  "my {rel}'s family, the {family}, never really accepted me",
  'my dad went by {nick} his whole life',
  'everybody calls her {nick}',
  'we call him {nick} for short',
  "I was like, {nick}, you can't keep doing this",
  'I gotta pick up {first} from practice at five',
  "{first} won't eat anything but chicken nuggets",
  'I keep comparing myself to {first}',
  'grandma {first} raised me mostly',
  'uncle {first} is the one who got me into fishing',
  'aunt {first} passed in {month}',
]);

const friends = frames('friend', [
  'my friend {first} invited me to a party and I bailed',
  '{first} from my old job texted me out of nowhere',
  'I have been hanging out with {first} a lot more',
  'me and {full} go way back, like since middle school',
  "{first} is the only one I'd call at three in the morning",
  'I went to {activity} with {first} on {day}',
  'a girl named {first} from group gave me her number',
  'this guy {first} I met online wants to meet up',
  'I think {first} is kind of into me',
  "I've been dating someone, {first}, for about two months",
  'my ex, {first}, keeps showing up at my work',
  'I blocked {first} on {feed}',
  'so {first} posted about me on {feed} and everyone saw it',
  'I ran into {first} at {chain} and it was so awkward',
  'I borrowed money from {first} and never paid it back',
  'hanging out with {first} and {first} is the only time I relax',
  "my sponsor {first} says I'm doing fine",
  'I called my sponsor, {first}, right after the meeting',
  'there is this older lady at {program}, {first}, who really gets it',
]);

const work = frames('work', [
  'my boss {first} is always on my case',
  'my manager, {full}, wrote me up for being late',
  '{first} at work keeps taking credit for my stuff',
  'there is this guy {last} on my crew who never shuts up',
  'I report to {first} now since the reorg',
  'I had a meeting with {first} from HR',
  "my supervisor's name is {full}",
  'the new hire {first} reminds me of my brother',
  'Mr. {last} said I could have {day} off',
  'Ms. {last} is the one who does the schedule',
  'I told {first} I could not cover another double',
]);

const school = frames('school', [
  "my son's teacher, Mrs. {last}, called again",
  'Ms. {last} says he is falling behind in reading',
  'her coach, coach {last}, benched her all season',
  'Coach {first} kicked him off the team',
  "Mr. {last}'s class is the only one she likes",
  'the principal, {full}, wants a meeting with us',
  'my tutor {first} helped me pass the math part',
  'the school counselor {first} thinks she needs an {paper}',
  'my professor, Dr. {last}, gave me an extension',
]);

const clinicians = frames('clinician', [
  '{dr} switched me to {brand}',
  'I saw {dr} on {day} and she upped the {drug}',
  "{dr}'s nurse never calls me back",
  'my psychiatrist is {dr}, over at the clinic',
  'I really liked {dr}, she actually listened',
  'my old therapist {first} used to do {therapy} with me',
  'my caseworker, {full}, is helping with {service}',
  'the nurse, {first}, was really kind to me in the {unit}',
  'I have an appointment with {dr} next {day}',
  'my counselor at the methadone clinic, {first}, is leaving',
  'my PCP is {dr} and he wants bloodwork first',
  'Dr. {full} did my surgery',
  'I got referred to {dr} for the {disease} stuff',
  'I asked {dr} about {drug} but he said no',
]);

const lists = frames('list', [
  'so it was me, {first}, {first}, and {first} in the car',
  'I invited {first} and {first} but only {first} came',
  'the {family} and the {family} both have kids her age',
  "{first} and I aren't speaking, and neither are {first} and my mom",
  'between {first}, work, and the kids I have zero time',
]);

const prepositions = frames('preposition', [
  'I had dinner with {first} last night',
  'I was up all night texting with {first}',
  'I bought a card for {first} but never gave it',
  'I wrote a letter to {first} like you suggested',
  'I got a voicemail from {first} and I have not listened to it',
  'we talked about {first} for like an hour',
  'I have been worried about {first} since {holiday}',
  'I keep getting into fights with {first}',
  'I left the kids with {first} for the weekend',
  "I'm so mad at {first}",
  "I stayed at {first}'s for a few nights",
  'she moved in with {full} after the divorce',
  'I feel bad for {first} honestly',
  'I cannot stop thinking about {first}',
  'it all started because of {first}',
  'I went to the movies with {first}',
]);

const turnEnd = frames('turn-end', [
  'and then I just hung up on {first}',
  'the only person I told was {first}',
  'I guess I still love {first}',
  'it was my {rel} who called the cops, {first}',
  'you know who I mean, {first}',
  'anyway that was {first}',
  'it keeps coming back to {first}',
  'same thing happened with {first}',
]);

const selfIntro = frames('self', [
  "hi, I'm {first}, I'm twenty-four",
  'my name is {full} and I am here because my doctor sent me',
  "so yeah I'm {first}, I'm a mom of three",
  'hey everyone, {first} here',
  'I go by {nick}, nobody calls me by my full name',
  'my name is {first} and I am an alcoholic',
  "it's {first}, I had the ten o'clock",
]);

/** What a therapist says to the client by name, at the start or end of a turn. */
const address = frames('address', [
  '{client}, what did you notice in your body right then',
  'how was your week, {client}',
  'that sounds really hard, {client}',
  '{client}, can I push back on that a little',
  'so {client}, where do you want to start today',
  'I hear you, {client}',
  "let's pause there for a second {client}",
  'good to see you {client}',
  '{client}, I want to come back to what you said about {holiday}',
  'that took a lot of courage {client}',
  'welcome back {client}, how did the {therapy} homework go',
  'okay {client}, on a scale of one to ten how {feeling} do you feel',
  'hi {client}',
  'thanks for coming in, {clientfull}',
]);

/** What a client says to the therapist by name. */
const toTherapist = frames('to-therapist', [
  'honestly {first}, I just feel stuck',
  "I don't know, {first}, it's a lot",
  'thanks {first}, this helped',
  '{first}, can I ask you something',
  'see you next week {first}',
]);

export const peopleFrames = [
  ...family,
  ...friends,
  ...work,
  ...school,
  ...clinicians,
  ...lists,
  ...prepositions,
  ...turnEnd,
  ...selfIntro,
  ...toTherapist,
];
export const addressFrames = address;
