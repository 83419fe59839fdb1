/**
 * Context words: the few hundred words around a name or place that say "a person" or "a place"
 * whatever the name itself is. These are English usage, not names, so they generalize to text the
 * scanner has never seen.
 */
const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Words written right before a surname or first name: "Ms. Rose", "Coach Will", "Aunt May". */
export const titles = set(`
  mr mrs ms miss mister missus dr doctor prof professor officer deputy detective sergeant sgt lieutenant
  lt capt captain coach judge principal pastor reverend rev father sister brother nurse counselor
  aunt auntie uncle grandma grandpa granny nana nanna papa grandmother grandfather cousin gran
  grandad granddad grampa gramps grammy
  mrs. madam sir lady lord senator rep governor gov mayor sheriff chief trooper agent attorney
  senor senora senorita ranger deacon chef
`);

/**
 * Roles in someone's life outside the family, said as relations are ("my therapist Dana", "her boss,
 * Marcus"): a transcript labelling speakers by these labels no family.
 */
export const socialRoles = set(`
  therapist counselor caseworker worker officer lawyer doctor nurse pastor principal boss manager
  supervisor coworker classmate teacher coach roommate neighbor neighbour friend friends buddy bestie
  doc sponsor landlord landlady mentor tutor babysitter nanny attorney psychiatrist pediatrician priest
  rabbi imam flatmate housemate bandmate teammate
`);

/** Family and social roles: "my son Jayden", "her boyfriend, Marcus", as posts write them too ("my bf"). */
export const relations = new Set([
  ...set(`
  son sons daughter daughters kid kids child children boy girl baby brother brothers sister sisters
  mom mother mum mummy mommy dad father daddy stepdad stepmom stepfather stepmother stepson
  stepdaughter stepbrother stepsister husband wife spouse ex boyfriend girlfriend partner fiance
  fiancee cousin cousins aunt uncle niece nephew grandson granddaughter grandma grandpa grandmother
  grandfather grandkid grandchild grandchildren twin babydaddy sibling siblings godmother godfather
  ma'am maam bf gf bff hubby wifey bro sis nan nana nanna gran granny grandad granddad grampa gramps
  grammy mama papa mami papi abuela abuelo abuelita abuelito mija mijo tio lolo nonna nonno nonni
  bubbe bubbie zayde zaide yiayia yaya papou ammi ammu amma abbu abba appa babcia busia dziadek
  dziadzia opa omi opi halmoni nani dadi jiddo teta sitto mamaw papaw memaw meemaw pawpaw mawmaw
  gramma grandbaby grandbabies umma eomma oppa unnie noona hyung hooyo aabo nainai yeye laolao manman
  pops ma unc cuz noi ngoai halmeoni omma anak apo bunso dada babu mumma hija hijo fanm madanm pitit
  grann khalo sitti ummi kuya tita tatay nanay inay itay inang amang ninong ninang manang manong
  ading ayeeyo awoowe aabe abti habaryar adeer eedo walaal emaye abaye abatie etiye gashe wendim
  ehite harabeoji halabeoji eomeoni abeoji samchon imo gomo ahma amah ahgong gunggung popo jiejie
  gege meimei nanu dadu chachu chacha chachi phupho phuphi khalu khala mamu bhabhi jiju bhaiya bhai
  didi baji yumma yaba khalto ammo avo vovo vovozinha titia ciocia wujek mamusia tatus synku matant
  tonton mother-in-law father-in-law sister-in-law brother-in-law son-in-law daughter-in-law
`),
  ...socialRoles,
]);

/**
 * Kin words of other tongues that are given names too — "Lola" and "Lolo" are grandparents in
 * Tagalog, "Tito" and "Tia" an uncle and an aunt, "Ba" a father and "Anh" an elder brother in
 * Vietnamese, "Baba" a father from Arabic to Mandarin, "Nani" a grandmother in Hindi. Which one a text
 * means it says itself (see `kinInThisText`).
 */
export const kinOrName = set('lola lolo tito tia baba ba anh chi em co chu ong bo ina nene nena mari nani');

/**
 * Spanish said in English speech ("sí pero", "como siempre", "ay dios mío", "más o menos"), keyed
 * without accents as tokens are: grammar and set phrases, never a name or a place here. Words that
 * are given names (Mía, Nada, Mira, Esta, Alla) or common surnames (Bueno) are left out.
 */
export const spokenSpanish = set(`
  pero como menos tambien mio mas pues dios siempre todo verdad ahora entonces porque gracias oye muy
  tengo quiero sabes mucho pobre ojala aqui eso esto estoy que cuando orale andale vamos
  nomas nunca porfa si grande hacer
`);

/**
 * Spanish words that stand before a noun or close a phrase ("el rosario", "no es nada", "con su
 * foto"), none of them English: a word in lower case after one is Spanish said, no name.
 */
export const spanishBeforeNoun = set(
  'el es ni y con por para muy una los las mi tu su sus mis nuestra nuestro',
);

/**
 * What is said in other tongues between English words in American homes — cries, greetings and
 * thanks ("aigoo", "aiya", "yalla", "khalas", "salamat", "mèsi", "shukran") — never a name here.
 */
export const spokenAsides = set(`
  aigoo aigo aiyo aiyah ayyo aiyoo ayoo wallah yalla yallah khalas salamat mesi bonswa mahadsanid
  shukran annyeong anyeong xiexie dhanyavaad
  troi oi oy vey gevalt bozhe blin davai nichego nichevo ladno khorosho mabrouk arre arey accha achha chalo
  yaar naku nako sige opo talaga sayang omo daebak heol jinjja aish aiya sugoi yabai nossa valeu
  mezanmi sababa todah nu bahala mwen fatige hooah hoorah oorah
`);

/** A day of the week, or its plural: "Sunday", "fridays". */
export const weekday = /^(?:mon|tues|wednes|thurs|fri|satur|sun)days?$/;

/** Someone's home and what stands at it: "we stayed at frank's place", "Casey's house". */
export const homeNouns = set('house place apartment home room car trailer farm cabin yard');

/** Gatherings at a family's or for someone: "at Lowe's funeral", "kaylees graduation". */
export const familyEvents = set(
  'party funeral wedding birthday barbecue bbq reunion quinceanera graduation shower sleepover',
);

/** Professional credentials written after a name: "Ted Wallace, RRT". */
export const credentials = set(`
  rn rrt md np pa lpn cna lcsw lpc lmft msw phd psyd crna pharmd dds bsn msn lcpc lmhc
  lpc-s lpcc lmsw lcsw-c licsw lisw lcmhc mft ncc bcba aprn pmhnp pmhnp-bc cadc lcadc ladc lcdc casac
  lisw-s lsw lac lmhca caadc csac cprs cpss crps qmhp qmhp-c qmhp-cs qmhp-r bsw carn cphq bhp bht
  lcdc-s cadc-i cadc-ii lpc-associate lmft-associate lcsw-associate lpca
  rpt rpt-s cctp cctp-ii ccmhc abpp abpp-cn rbt bcaba cpc lcmhca lmhc-a lpcc-s lisw-cp ladac
`);

/**
 * What a state runs or is known by, said after its name: "Kentucky Medicaid", "Illinois DCFS",
 * "Florida Statutes", "Florida Blue" — the state's, not a smaller place's nor a person's.
 */
export const stateInstitutions = set(`
  medicaid medicare chip wic snap dhs dss dcs dcfs cps tanf dhhs statutes statute department dept blue
`);

/** Determiners that introduce a relation: "my", "his", "their"… */
export const possessives = set('my his her their our your its whose');

/** Pronouns a verb takes as its object: "took him to", "convinced me". */
export const objectPronouns = set('me us him her them');

/** What cannot follow a modal, so follows a name spelled like one: "Will hasn't called", "May said". */
export const finiteAfterModal = set(
  "is was has had does did says said isn't wasn't hasn't hadn't doesn't didn't",
);

/** Where one is on a street rather than in a shop: "on Market Street", "off West Third", "down Vine". */
export const alongStreet = set('on off along down up near');

/** Verbs of speaking and acting that follow a person's name: "Jayden said", "mark told me". */
export const personVerbs = set(`
  said says told tells asked asks called calls texted texts yelled yells screamed wants wanted
  thinks thought knows knew came comes went goes got gets hit hits cried cries left leaves likes
  liked loves loved hates hated feels felt started starts stopped keeps kept tried tries needs
  needed gave gives took takes saw sees was is has had does did will would can could should
`);

/** What only a person is, after "is"/"was": "Austin is upset", "hope is scared of me", "was my roommate". */
export const personStates = set(`
  upset mad angry sad happy scared afraid worried sick pregnant depressed anxious tired sorry jealous
  drunk sober nervous excited proud grounded married divorced single crying lying sleeping doing acting
  my his her our their your
`);

/** Verbs of telling whose subject is a person when an object follows: "Grace told me". */
export const speechVerbs = set('said told asked texted called yelled screamed messaged warned promised');

/** Verbs whose object is a person: "I went to see Madelynn", "I miss Caden". */
export const socialVerbs = set(`
  see saw seen seeing visit visited visiting tell told ask asked text texted met meet meeting miss
  missed hug hugged married marry dating dated date call texting messaging facetiming facetimed
`);

/** Verbs that take a person after "to" or "with": "talked to Caden", "living with Brisa". */
export const withVerbs = set(`
  talk talked talking talks spoke speak speaking live lives lived living stay stayed staying
  hang hanging hung fight fought fighting argue argued arguing broke break went go going came
  moved move married
`);

/** Greetings and acknowledgements before a name in direct address: "Hi, Billy." */
export const vocativeLead = set(`
  hi hello hey thanks thank bye goodbye goodnight morning evening afternoon welcome sorry okay ok well yes yeah
  no right alright great good nice congrats congratulations listen look see sure birthday
`);

/**
 * Words people are called by that are no names, some of them also in first-name lists ("honey",
 * "buddy", "man", "love"), and words of the direct-address slot that are first names only rarely.
 */
export const endearments = set(`
  see man love guy guys son honey young lady ma buddy bud king queen princess star sunshine precious
  sweetie sweetheart darling dear babe baby dude bro sis kid kiddo pal mate chief champ boss doc god
  lord jesus christ folks everyone everybody hon hun sugar angel don long many soon wait hang girl boy
  mami papi mija mijo sarge gunny marine soldier sailor airman chef beta beti jaan habibi habibti
`);

/** Words that open a question or request to the listener: "Jewel, can I ask you something?" */
export const addressOpeners = set(`
  can could would will do did does are is have has what how why when where who tell let please
`);

/** Phrases that announce a name: "my name is", "named", "called", "goes by". */
export const nameIntro = set('name named names nickname called call goes');

/** Prepositions before a place: "in Dundalk", "from Tigard". */
export const placePrepositions = set(
  'in at from to near into outside around towards toward through across past by via',
);

/** Verbs that make the next preposition's object a place: "lives in", "moved to". */
export const placeVerbs = set(`
  live lives lived living move moves moved moving grew grow raised born stay stays stayed staying
  relocated relocate drive drove driving visit visited visiting travel traveled travelled went go
  going transferred transfer admitted came come coming returned return back based located
`);

/** Kinds of care a capitalized phrase names where one goes: "went to Urgent Care", "Physical Therapy". */
export const careKinds = set('care therapy room detox triage surgery dialysis imaging radiology lab labs');

/** Words after a name that make it a place: "Kendall Memorial", "Lincoln Elementary". */
export const institutionSuffixes = set(`
  hospital hosp hospitals medical clinic clinics memorial regional rehab rehabilitation campus center centre
  ctr cntr
  school schools elementary middle high academy university univ college institute church chapel
  montessori preschool daycare kindergarten
  temple mosque synagogue pharmacy library park mall plaza apartments apts apartment homes village
  county parish township borough heights hills springs falls valley beach lake creek ridge
  courthouse prison jail penitentiary facility shelter ymca ywca hospice infirmary
  bar pub cafe restaurant diner grill gym fitness salon store market bakery club state
  hardware construction dental motors plumbing roofing landscaping trucking logistics insurance realty
  farms foods industries manufacturing llc associates depot lumber cleaners motel hotel inn casino
  warehouse bank fellowship tabernacle cathedral ministries police
`);

/** What a local eatery is called after its owner's name: "Dom's Deli", "Rosa's Cantina". */
export const eateryWords = set(
  'pizza pizzeria deli cantina taqueria bistro tavern brewery steakhouse smokehouse',
);

/**
 * Last words of landmarks and natural features: "Grand Canyon", "Golden Gate Bridge", "Snake River".
 * Kept apart from the institution words, which the token scorer's features were trained on.
 */
export const landmarkWords = set(`
  canyon gorge river bridge tower dam monument memorial stadium arena ballpark zoo aquarium museum
  airport island islands peninsula mountain mountains glacier volcano pier boardwalk lighthouse
  cathedral basilica palace castle fortress wharf marina fairgrounds amphitheater amphitheatre coliseum
  speedway raceway observatory capitol cemetery bayou reservoir promenade causeway district
  levee fountain pavilion fieldhouse superdome
`);

/** Words that end the name of a business after "I work at …": "Reyes Auto Body", "Gray Feed and Supply". */
export const businessWords = set(`
  body shop auto repair parts tire tires works garage company co inc corp supply supplies plant mill
  factory nursery kennel
  daycare laundromat theater theatre cinema services service solutions group partners electric
  paving concrete steel transport transportation care dentistry pediatrics orthodontics vet
  veterinary lodge recovery
`);

/** Last words of town names made of everyday words: "Harbour Heights", "Sunrise Manor", "Kent Acres". */
export const townWords = set(`
  heights manor ranches ranch village park springs hills hill beach falls valley lake lakes creek ridge
  grove acres estates gardens terrace point harbor harbour bay landing crossing junction station bend
  neck settlement shores woods forest meadows view city town township mills mountain island port
  haven glen foothills vista plains prairie corners center centre crest wood field fields ford
`);

/** Lanes named for what they are or evoke, no one's street: "the fire lane", "a walk down memory lane". */
export const lanesNoOneLivesOn = set(
  'fire bike bus turn turning carpool hov left right fast slow passing express memory',
);

/** Street designators, full and abbreviated (USPS Publication 28 common forms). */
export const streetSuffixes = set(`
  street st road rd avenue ave av boulevard blvd drive dr lane ln court ct way place pl terrace ter
  parkway pkwy highway hwy circle cir trail trl square sq alley aly pike turnpike tpke expressway
  expy freeway fwy route rte crescent cres close row walk loop run path point landing crossing
`);

/** Words that may precede a place as part of its name: "North Ridge", "St. Agnes", "Mount Airy". */
export const placePrefixes = set(
  'north south east west northeast northwest southeast southwest new saint st mount mt fort ft port lake upper lower',
);

/** Holidays and the observances that keep time: "Eid al-Fitr" is one whatever its other words look like. */
export const holidays = set(`
  christmas xmas easter thanksgiving halloween hanukkah chanukah kwanzaa ramadan eid passover lent
  valentine valentines juneteenth diwali deepavali navratri purim sukkot shavuot nowruz vaisakhi
  mardi gras yom kippur rosh hashanah
  shabbat sabbath seder iftar suhoor sehri taraweeh tarawih jummah ashura mawlid hajj umrah holi onam
  pongal lohri
  nochebuena muertos tet chuseok seollal songkran vesak obon quinceanera mitzvah adha
  fitr fajr dhuhr maghrib krewe
  pesach pesah shabbos sukkos shavuos simchas hamoed chodesh selichot dussehra dasara janmashtami
  raksha bandhan karva chauth gurpurab sankranti qingming losar meskel timkat enkutatash pascha
  pentecost epiphany maundy wigilia pride
`);

/** Months, weekdays and holidays: never names of people here. */
export const calendarWords = new Set([
  ...set(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
`),
  ...holidays,
]);

/**
 * Everyday English words that are also common first names and that spoken-English counts record
 * mostly capitalized (so frequency alone would call them names): "mark the date", "a rose".
 */
export const nameWords = set(`
  mark bill rose pat jack drew grant chase lance nick rob sue grace bob buck chuck skip wade pierce
  spike blaze peg stew mack marshal frank will may hope june april august faith joy dawn ray gene
  rusty sandy cliff dale glen heather holly ivy iris daisy violet summer autumn amber ruby pearl
  crystal sky river rocky brook penny rich earl duke king prince major sterling miles art bud
  destiny trinity harmony melody honey candy cherry ginger
`);

/**
 * Written chat's fillers and shorthand ("lol", "smh", "ngl", "tbh"): the spoken fillers' twins in
 * posts and messages — with slang and greetings talk borrows ("juvie", "assalamu alaikum",
 * "namaste"). Spoken-English counts hold none of them, so they would pass for unknown names.
 */
export const chatWords = set(`
  lol lols lmao lmfao rofl omg omfg smh ngl tbh tbf imo imho idk idc ikr rn brb btw fyi jk nvm tfw
  mfw wtf wth irl icymi hmu wyd ily ilysm istg fomo yolo tmi asap bff bffs bruh fam shoutout
  shoutouts thx tysm pls plz thru tho lowkey highkey deadass periodt ootd tbt fbf nsfw ftw iykyk
  pov psa til tldr tmrw tmr wya hbu lmk omw tryna finna vacay yall yas yass aita wibta nta yta esh
  nah naw eli5 tw cw ftfy imy yeet yo congrats
  sus rizz rizzler bussin delulu opp opps npc simp sigma beta skibidi gyat gyatt goated sheesh
  glazing yapping yapper situationship finsta cringe
  juvie assalamu alaikum salaam salam shalom namaste hola bonjour ciao aloha
`);

/**
 * Clinical eponyms and shorthand that are also names or towns in the word lists ("Foley catheter",
 * "Swan-Ganz", "MAE" = moves all extremities). Clinical paperwork is full of them; they count as
 * ordinary words, so a title or role is needed before one is read as a person ("Mr. Foley").
 */
export const clinicalTerms = set(`
  foley swan ganz hickman broviac groshong yankauer trendelenburg babinski romberg kussmaul apgar
  heimlich guaiac levophed levo endo aline mae perrla perrl perl perla fick bair thrush penrose cordis
  ambu kerley quinton picc peg jp dilaudid ativan haldol coumadin lasix tylenol
  neuro resp heme ros cardio pulm renal psych abd ext neuro-psych resp-care
  icu ccu micu sicu nicu picu cvicu csru pacu cath rehab snf ltac vanco trach lytes dispo pac poss
  nard psv cpap bipap imv peep abg nebs sats amio dopa neo prbc ffp ngt ogt kcl lima rima svg
  carevue fio2 suctioned pacer colace cipro fent riss echo ards hoyer shiley passy zoll riker tia tham
  situ stent na gu ve po reck shin brady marg kling spiro ij rij lij asa covid mpox omicron hep
  biba bibems obj
`);

/**
 * Mental health's own shorthand: diagnoses, therapies and their skills, levels of care, screening
 * instruments and the programmes clients are referred to ("the client with bpd", "we did TIPP",
 * "NAMI Family-to-Family"), none of them an English word a name could be. Everyday in therapy
 * talk, so unlike a note's shorthand they say nothing about how a text is written.
 */
export const mentalHealthTerms = set(`
  ptsd cptsd c-ptsd bpd ocd adhd gad mdd pdd dmdd asd sud aud oud ipv nssi dbt cbt emdr tf-cbt cpt rebt
  pcit erp mbct mbsr ipt tipp iop php rtc cmhc nami samhsa asam ceu ceus phq phq-9 gad-7 pcl pcl-5
  dast cssrs c-ssrs ssri ssris snri snris maoi lai moud uds ssdi tanf cps dcfs iep fba aba
  moca mmse epds mdq asrs ybocs y-bocs ciwa ciwa-ar bprs ham-d ham-a hamd madrs ymrs sbirt otp halt
  neda anad qi fqhc pmr cbti cbt-i ifs sfbt mbt tfp cft ssrs peth suds eft efft fbt
`);

/**
 * Surnames of those whose names psychotherapy, psychology and their measures go by ("Gottman's
 * Four Horsemen", "per Linehan", "Prochaska and DiClemente", "a Jacobson PMR script"): supervision
 * and case consultation name them bare, as medicine names its eponyms. Keyed as tokens are (folded,
 * hyphenated names whole). Who reads one as an eponym and where: `clinical-vocab.ts`.
 */
export const therapyEponyms = set(`
  beck linehan gottman yalom bowlby ainsworth rogers maslow erikson piaget freud jung adler skinner
  pavlov bandura kubler-ross prochaska diclemente rollnick foa resick shapiro kabat-zinn minuchin bowen
  satir winnicott kohut kernberg meichenbaum seligman lewinsohn kazdin eyberg barkley perls frankl
  glasser wolpe jacobson ellis padesky greenberger dweck neff hayes salkovskis rachman barlow craske
  porges levine siegel rorschach wechsler conners achenbach likert karpman goleman berne lazarus
  erickson haley madanes fonagy bateman gendlin masterson mahler fairbairn kohlberg vygotsky
  bronfenbrenner baumrind webster-stratton worden bonanno neimeyer stroebe tedeschi courtois briere
  teasdale germer ehlers rothbaum najavits marlatt norcross wampold bordin carkhuff stoltenberg
  falender shafranske folstein nasreddine kroenke spitzer zung millon tarasoff marchman holmes-rahe
  yerkes-dodson dunning-kruger kubler vanderbilt stroop bayley kaufman woodcock-johnson
  axline landreth orton gillingham orton-gillingham perel tribole resch sarno epston shazer brach kolk
`);

/**
 * Authors whom clients read and clinicians quote by their whole names ("the Kristin Neff one", "Sue
 * Johnson would say"), where a surname alone is too common to be theirs: given name and surname,
 * keyed as tokens are.
 */
export const therapyAuthorsByName: ReadonlySet<string> = new Set([
  'aaron beck',
  'judith beck',
  'marsha linehan',
  'john gottman',
  'julie gottman',
  'sue johnson',
  'steven hayes',
  'russ harris',
  'kristin neff',
  'brene brown',
  'esther perel',
  'lindsay gibson',
  'michael white',
  'david epston',
  'albert ellis',
  'carl rogers',
  'irvin yalom',
  'viktor frankl',
  'martin seligman',
  'dan siegel',
  'daniel siegel',
  'peter levine',
  'tara brach',
  'pete walker',
  'gabor mate',
  'bruce perry',
  'ross greene',
  'richard schwartz',
  'francine shapiro',
  'stephen porges',
  'jon kabat-zinn',
  'susan david',
  'harriet lerner',
  'john bowlby',
  'murray bowen',
  'virginia satir',
  'evelyn tribole',
  'elyse resch',
  'john sarno',
  'alan gordon',
]);

/**
 * Languages: "speaks English", "Spanish speaking" describe a patient, never name one ("English"
 * is also a surname and a town) — only a title makes one a person ("Mr. English").
 */
export const languages = set(`
  english spanish french italian portuguese russian chinese mandarin cantonese vietnamese korean
  japanese arabic hindi urdu polish greek german creole haitian tagalog farsi persian hebrew yiddish
  somali amharic swahili bengali punjabi gujarati turkish ukrainian albanian armenian dutch swedish
  yoruba igbo hausa twi tigrinya oromo nepali hmong khmer lao burmese thai malay indonesian romanian
  hungarian czech serbian croatian bosnian pashto dari kurdish marathi tamil telugu kannada malayalam
  ilocano cebuano samoan tongan navajo kreyol patois espanol ingles
`);

/**
 * Peoples' words compromise does not tag as demonyms, and kinds of fare a store is named for: "the
 * Latino market", "the halal store" (it tags "Mexican", "Indian", "Korean" itself).
 */
export const untaggedPeoples = set(`
  latino latina latin hispanic eritrean salvadoran caribbean laotian irish halal kosher rican lankan
`);

/** Nouns after which a place word is an adjective of a device: "central line", "Passy Muir valve". */
export const deviceNouns = set('line lines access lumen venous catheter valve tube port');

/**
 * Where a patient "goes into" or is "put back in" that is no place: heart rhythms, ventilator
 * modes, heart chambers ("went into afib", "back to ac", "changed to ps 15", "pulled back to rv").
 */
export const clinicalStates = set(`
  afib af aflutter flutter sr nsr sb svt vt vf vfib vtach junctional paced pacing asystole brady tachy
  bigeminy trigeminy ac ps psv simv cpap bipap cmv prvc imv peep av ra rv lv sbp dbp map nc cn
  shock sepsis arrest remission labor labour withdrawal detox coma nad distress pain
`);

/**
 * Named US regions smaller than a state (Safe Harbor removes every subdivision below the state) that
 * no town list holds: "came up from the Eastern Shore", "a cabin in the Poconos".
 */
/**
 * Regions of the United States that span several states ("New England", "the Upper Midwest", "the
 * Great Lakes"): larger than any state, so Safe Harbor lets them stand as it lets a state. Keyed as
 * tokens are.
 */
export const multiStateRegions = new Set([
  'new england',
  'midwest',
  'upper midwest',
  'great lakes',
  'mid-atlantic',
  'mid atlantic',
  'pacific northwest',
  'northwest',
  'southwest',
  'desert southwest',
  'southeast',
  'northeast',
  'deep south',
  'upper south',
  'great plains',
  'appalachia',
  'gulf coast',
  'east coast',
  'west coast',
  'sun belt',
  'rust belt',
  'bible belt',
  'mountain west',
  'intermountain west',
  'lower 48',
  'continental us',
  'contiguous us',
]);

export const usRegions = [
  'eastern shore',
  'western shore',
  'northern neck',
  'southern maryland',
  'western maryland',
  'northern virginia',
  'hampton roads',
  'delmarva',
  'tidewater',
  'outer banks',
  'lowcountry',
  'upper peninsula',
  'lower peninsula',
  'inland empire',
  'hill country',
  'bay area',
  'east bay',
  'silicon valley',
  'central valley',
  'san fernando valley',
  'hudson valley',
  'lehigh valley',
  'rio grande valley',
  'finger lakes',
  'north country',
  'southern tier',
  'cape cod',
  'berkshires',
  'poconos',
  'catskills',
  'adirondacks',
  'florida keys',
  'florida panhandle',
  'texas panhandle',
  'gulf coast',
  'space coast',
  'treasure coast',
  'twin cities',
  'quad cities',
  'research triangle',
  'ozarks',
  'black hills',
  'permian basin',
  'iron range',
  'long island',
  'jersey shore',
];

/**
 * What people call big US cities that no town list holds: "a cheesesteak in Philly", "weekend in
 * Vegas", "the Windy City".
 */
export const usCityNicknames = [
  'philly',
  'vegas',
  'nola',
  'chitown',
  'chi-town',
  'htown',
  'motown',
  'beantown',
  'hotlanta',
  'big apple',
  'windy city',
  'motor city',
  'city of angels',
  'mile high city',
  'big easy',
];

/**
 * What is said of a place right after its name, and who lives there: "LA traffic", "SF rent", "the
 * DC area", "the SF commute", "Florida drivers".
 */
export const placeTalk = set(`
  traffic commute commuters rent rents prices weather humidity heat area metro summer summers winter
  winters life nightlife sunset sunsets skyline drivers residents locals natives voters taxpayers
  fans crowd crowds scene food bbq pizza
`);

/** Words that make the next word a common noun: "the bill", "a rose", "every will". */
export const determiners = set('the a an another this that these those some any every no');

/** Verbs of residence: their "in", "to", "near", "on" name where someone lives or comes from. */
export const residenceVerbs = set(`
  live lives lived living moved move moves moving grew raised born stay stays stayed staying
  relocated settled based located reside resides resided
`);

/** Line labels that name a role, not a person: "Therapist:", "Q:", "Interviewer:", "Mom:". */
export const roleLabels = new Set([
  ...relations,
  ...titles,
  ...set(`
  client therapist counselor counsellor patient interviewer interviewee speaker person participant moderator
  facilitator narrator caller host guest student teacher parent child male female man woman question
  answer q a note notes summary transcript unknown unidentified inaudible crosstalk both all group staff
  clinician provider practitioner supervisor doctor nurse psychologist psychiatrist physician intern
  trainee resident advocate mentor consultant caregiver worker manager supervisee mentee consultee
  counselee advisee observer interpreter translator presenter reviewer coach teen teenager adolescent
  youth kid member peer officer attorney lawyer respondent leader coleader co-leader cofacilitator co-facilitator
  cotherapist co-therapist coordinator recorder spk
  cliente paciente terapeuta psiquiatra consejero consejera interprete
  attending fellow chaplain sponsor sponsee parolee probationer inmate detainee survivor veteran
  soldier servicemember guardian foster educator pharmacist dietitian nutritionist midwife doula
  paramedic medic emt firefighter deputy navigator witness defendant plaintiff victim researcher
  texter responder dispatcher taker operator listener volunteer intake scheduler receptionist frontdesk
  postdoc extern practicum scribe preceptor registrar aide assistant technician tech
  sw msw lcsw lmsw lpc lmft lmhc cm np rn lpn cna pt ot slp bcba rbt
  gma gpa fac
`),
]);

/**
 * Churches and faiths by name: "Baptist has been a big part of it", "the Methodists" (as a person),
 * "I'm Buddhist".
 */
export const denominations = set(`
  baptist baptists methodist methodists lutheran lutherans presbyterian presbyterians pentecostal
  episcopal episcopalian catholic catholics mormon mormons quaker quakers evangelical adventist
  anglican mennonite mennonites amish buddhist buddhists hindu hindus muslim muslims jewish sikh sikhs
  atheist atheists agnostic agnostics jain wiccan orthodox
`);

/** Parts of speech a verb that can follow its subject takes, auxiliaries and copulas included. */
export const finiteVerbTags: ReadonlySet<string> = new Set([
  'Verb',
  'PastTense',
  'PresentTense',
  'Infinitive',
  'Copula',
  'Modal',
  'Auxiliary',
]);

/** Parts of speech that make a word grammar rather than a candidate name ("well", "will", "what"). */
export const grammaticalTags: ReadonlySet<string> = new Set([
  'Preposition',
  'Determiner',
  'Pronoun',
  'Conjunction',
  'Modal',
  'Copula',
  'QuestionWord',
  'Auxiliary',
  'Negative',
  'Adverb',
  'Expression',
  'Reflexive',
  'Possessive',
  'Cardinal',
  'Ordinal',
  'TextValue',
]);

/** Verbs of going, after which "to" reaches a place or a pastime more often than a person. */
export const goingVerbs = set('went go going goes came come coming');

/** What an ordinal after "on" counts when it is no street: "on 3rd shift", "on 2nd thought". */
export const countedAfterOrdinal = new Set(
  'floor floors grade period shift base try time times round quarter inning down attempt date day week thought place'.split(
    ' ',
  ),
);

/** Ordinals said in words that name streets bare ("on Fifth"), and corners ("5th and Main"). */
export const ordinalWords = set('first second third fourth fifth sixth seventh eighth ninth tenth');
const spokenTens = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** Tens said before an ordinal: "thirty fourth". */
export const spokenTensWord = new RegExp(`^(?:${spokenTens})$`);
const higherOrdinal = new RegExp(
  `^(?:eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|(?:twen|thir|for|fif|six|seven|eigh|nine)tieth|(?:${spokenTens})-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))$`,
);
/** An ordinal in one word, "fifth" to "forty-second", as numbered streets are said. */
export const spelledOrdinal = (key: string) => ordinalWords.has(key) || higherOrdinal.test(key);

/** A numbered street or an ordinal in figures, as the tokenizer keeps it: "5th", "21st", "103rd". */
export const ordinalInFigures = (key: string) => /^\d{1,3}(?:st|nd|rd|th)$/.test(key);

/** Parts of a workplace one knows a colleague from, or goes to: "Bill from accounting", "talk to HR". */
export const departments = set('accounting hr payroll marketing sales finance legal reception');

/**
 * Kin of other tongues said before a name as a title is: "tia chayo", "Tío Beto", "Kuya Ben", "Ate
 * Jen", "Manang Fe", "Tonton Fritz", "Auntie Kalani".
 */
export const kinBeforeName = set('tia tio tita tito kuya ate manang manong tonton tatie auntie aunty');

/** The branches one served in: "I was Navy", "twenty years Army". */
export const armedServices = set('army navy marines usmc usaf usn');

/**
 * "… that's what we called our medic", "…, that's what they call the bottom part of town": said right
 * after a word, what all call someone or somewhere; the first word of what is named is kept.
 */
export const thatsWhatCalled =
  /^[.,;]?[ \t]+that(?:['’]?s|[ \t]+is|[ \t]+was)[ \t]+what[ \t]+(?:we|they|everybody|everyone|people|folks|y['’]?all)(?:[ \t]+(?:all|just))?[ \t]+call(?:ed|s)?[ \t]+(?:(?:him|her|his|her|our|my|their|the|this|that)[ \t]+)?(?:(?:old|little|big|bottom|back|top|low|lower|upper|north|south|east|west)[ \t]+)?(\p{L}+)/iu;
/** What a place said so is: "that's what we called his garage", "what they call the bottom part". */
export const placeNounsCalled = new Set(
  'garage house place bar spot part neighborhood neighbourhood area apartment apartments building corner park church street road block basement shed lot yard camp field woods creek trailer'.split(
    ' ',
  ),
);
