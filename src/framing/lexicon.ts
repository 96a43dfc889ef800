/**
 * Parallax's own framing lexicon, written for this project (no third-party
 * list). Entries are lemmas or phrases; matching folds inflections
 * (botched/botching → botch). Kinds: "loaded" (evaluative or emotive wording a
 * neutral report would not use) and "intensifier" (amplifies without adding
 * fact).
 */
export const LOADED = `
botch bungle fiasco debacle shambles disaster disastrous catastrophic catastrophe chaos chaotic shoddy disgraceful disgrace shameful shameless outrageous
scandalous appalling atrocious abysmal dismal pathetic ridiculous absurd laughable ludicrous farce charade circus sham hoax rigged witch-hunt whitewash cover-up
slam blast lambast savage eviscerate torch shred rip trash skewer berate scold rebuke bash fume rage seethe rant tirade screed meltdown outburst
thug thuggish radical radicals extremist fanatic zealot militant jihadist mob horde swarm invasion infest flood regime junta cabal clique cronies crony henchman
henchmen puppet stooge lackey apologist propagandist mouthpiece propaganda ploy stunt scheme gimmick racket grift grifter con swindle
brutal barbaric savage vicious evil sinister menacing notorious infamous nefarious diabolical despotic tyrannical tyrant dictator strongman warlord
embattled beleaguered disgraced hapless inept incompetent reckless careless clueless feckless spineless cowardly cowardice treacherous treasonous traitor
unhinged deranged crazed insane lunatic idiotic stupid moronic delusional hysterical paranoid
brazen audacious arrogant smug elitist sneering condescending pompous self-serving power-hungry corrupt crooked sleazy shady dodgy
bombshell explosive stunning shocking jaw-dropping astonishing sensational scathing blistering damning devastating crushing humiliating humiliation
capitulate cave grovel kowtow surrender appease appeasement betray betrayal sellout backstab
bloated wasteful boondoggle handout giveaway freeloader scrounger illegals
draconian heavy-handed crackdown repressive oppressive ruthless merciless bloodthirsty murderous genocidal
lies lie liar lying deceit deceitful dishonest duplicitous hypocrite hypocritical hypocrisy
slaughter massacre butcher bloodbath carnage rampage terror terrorize terrorise
doomed ill-fated ill-conceived misguided wrongheaded half-baked hare-brained foolhardy
`;

/** Multi-word loaded phrases, matched as written (inflection on the last word). */
export const LOADED_PHRASES = `
sitting ducks|sitting duck|radicals and terrorists|witch hunt|cut and run|fake news|deep state|war on|reign of terror|iron fist|axis of evil|useful idiots|
red line|slap in the face|stab in the back|rogue state|banana republic|house of cards|gravy train|culture war|knee-jerk|mob rule|
bloodthirsty regime|puppet regime|so-called|left-wing radicals|right-wing extremists|open borders|tax grab|power grab|land grab|cash grab
`;

export const INTENSIFIERS = `
literally utterly totally absolutely completely entirely wholly thoroughly extremely incredibly massively hugely enormously immensely tremendously
deeply truly sheer outright blatant blatantly flagrant flagrantly egregious staggering whopping enormous huge massive colossal gigantic monumental
unprecedented unimaginable unthinkable unbelievable unbelievably insanely wildly vastly badly desperately
`;

export function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

export function phrases(list: string): string[] {
  return list.split("|").map((p) => p.trim()).filter(Boolean);
}
