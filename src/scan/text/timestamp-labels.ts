/**
 * Transcript exports that put a speaker's name and a timestamp on a line of their own ("Hope  0:07",
 * "Speaker 2  1:12", "Dana Whitley (00:01:12):") label the turn as "Hope:" does. The space closing
 * the name becomes the colon the label rules look for, so every offset stays where it was.
 */
const timestampLabel =
  /^([ \t]*\p{L}[\p{L}'’.-]*(?:[ \t]\p{L}[\p{L}'’.-]*){0,2}(?:[ \t]\d{1,2})?)[ \t](?=[ \t]*[([]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[)\]]?:?[ \t]*$)/gmu;

export function labelTimestampedSpeakers(text: string): string {
  return text.includes(':') ? text.replace(timestampLabel, '$1:') : text;
}
