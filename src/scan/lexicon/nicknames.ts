/**
 * Common English given-name ↔ nickname pairs (each line: a formal name, then names people use for
 * it). A roster entry "Elizabeth" must also catch "Liz" and "Betsy"; "Bobby" must catch "Robert".
 */
const groups = `
abigail abby abbie gail
albert al bert bertie
alexander alex alec xander sandy lex
alexandra alex alexa lexi lexie sandra sasha
alfred al alfie fred freddie
allison allie ally
andrew andy drew
angela angie
anthony tony ant
antonio tony
arthur art artie
barbara barb barbie babs
benjamin ben benny benji
bernard bernie
beverly bev
bradley brad
brandon bran
calvin cal
camille cami millie
catherine cathy kate katie cat kathy kat
cassandra cassie sandy
charles charlie chuck chas chaz
charlotte charlie lottie
christina chris tina chrissy
christine chris chrissy tina
christopher chris topher kit
cynthia cindy
daniel dan danny
danielle dani
david dave davey
deborah debbie deb debra
dominic dom nick
donald don donnie
dorothy dot dottie dolly
douglas doug
edward ed eddie ted teddy ned
eleanor ellie nell nora
elizabeth liz lizzie beth betsy betty eliza libby lisa ellie
emily em emmy
emma em emmy
eugene gene
frances fran frannie
francis frank frankie
franklin frank frankie
frederick fred freddie
gabriel gabe
gabriella gabby ella
gerald gerry jerry
gregory greg
harold harry hal
henry hank harry hal
isabella bella izzy isa
isabel bella izzy
jacob jake jay
james jim jimmy jamie jimbo
janet jan
jeffrey jeff
jennifer jen jenny jenn
jessica jess jessie
john johnny jack jon
jonathan jon jonny nathan
joseph joe joey
joshua josh
judith judy jude
katherine kathy kate katie kat kay kit
kathleen kathy kath
kenneth ken kenny
kimberly kim
lawrence larry
leonard leo len lenny
leslie les
madeline maddie maddy
margaret maggie meg peggy marge margie greta
matthew matt matty
melissa mel missy lisa
michael mike mikey mick mickey
michelle shelly
mitchell mitch
nathaniel nate nathan nat
nicholas nick nicky
nicole nikki nicky
olivia liv livvy
pamela pam
patricia pat patty trish tricia
patrick pat paddy rick
peter pete
philip phil
rebecca becky becca
richard rick ricky dick rich richie
robert rob bob bobby robbie bert
ronald ron ronnie
russell russ
samantha sam sammy
samuel sam sammy
sandra sandy
stephanie steph
stephen steve stevie
steven steve stevie
susan sue susie suzy
suzanne sue susie suzy
theodore ted teddy theo
thomas tom tommy
timothy tim timmy
valerie val
victoria vicky tori
vincent vince vinny
virginia ginny ginger
walter walt wally
william will bill billy willy liam
zachary zach zack
`;

const byName = new Map<string, Set<string>>();
for (const line of groups.trim().split('\n')) {
  const names = line.trim().split(/\s+/);
  for (const name of names) {
    const related = byName.get(name) ?? new Set<string>();
    for (const other of names) if (other !== name) related.add(other);
    byName.set(name, related);
  }
}

/** Names that may stand for this one (nicknames of a formal name, the formal name of a nickname). */
export function nameVariants(key: string): readonly string[] {
  return [...(byName.get(key) ?? [])];
}
