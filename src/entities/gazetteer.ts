/**
 * Our own small gazetteer: general knowledge that a 1996 news corpus does not
 * teach a tagger (countries, titles, organisation and place cues). Written for
 * Parallax; no third-party list.
 */
export const COUNTRY_ALIASES: Record<string, string> = {
  us: "United States", "u.s": "United States", "u.s.": "United States", usa: "United States", "u.s.a.": "United States", america: "United States", "united states": "United States", "united states of america": "United States",
  uk: "United Kingdom", "u.k.": "United Kingdom", "u.k": "United Kingdom", britain: "United Kingdom", "great britain": "United Kingdom", "united kingdom": "United Kingdom",
  uae: "United Arab Emirates", "u.a.e.": "United Arab Emirates", drc: "Democratic Republic of the Congo", prc: "China", "people's republic of china": "China",
  eu: "European Union", "e.u.": "European Union", un: "United Nations", "u.n.": "United Nations", "united nations": "United Nations", nato: "NATO",
};

export const COUNTRIES = new Set(
  ("afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahrain bangladesh belarus belgium bolivia bosnia brazil bulgaria burma cambodia cameroon canada chad chile china colombia congo croatia cuba cyprus czechia denmark ecuador egypt england eritrea estonia ethiopia finland france georgia germany ghana greece guatemala haiti honduras hungary iceland india indonesia iran iraq ireland israel italy japan jordan kazakhstan kenya kosovo kuwait kyrgyzstan laos latvia lebanon libya lithuania luxembourg madagascar malawi malaysia mali malta mexico moldova mongolia montenegro morocco mozambique myanmar namibia nepal netherlands nicaragua niger nigeria norway oman pakistan palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda scotland senegal serbia singapore slovakia slovenia somalia spain sudan sweden switzerland syria taiwan tajikistan tanzania thailand tunisia turkey turkmenistan uganda ukraine uruguay uzbekistan venezuela vietnam wales yemen zambia zimbabwe gaza"
).split(" "));

/** Capitals and large cities, often used attributively ("the Doha talks") where a tagger says MISC. */
export const CITIES = new Set(
  ("kabul doha washington london paris berlin moscow beijing tokyo delhi mumbai islamabad karachi tehran baghdad damascus beirut cairo riyadh dubai abu ankara istanbul athens rome madrid lisbon " +
    "brussels amsterdam vienna warsaw kyiv kiev minsk prague budapest bucharest sofia belgrade oslo stockholm helsinki copenhagen dublin edinburgh ottawa toronto montreal vancouver " +
    "mexico havana caracas bogota lima santiago brasilia buenos aires nairobi lagos abuja addis ababa khartoum tripoli tunis algiers rabat jerusalem gaza ramallah amman sanaa muscat " +
    "manila jakarta bangkok hanoi seoul pyongyang taipei singapore sydney canberra melbourne auckland chicago boston houston seattle miami atlanta dallas denver phoenix detroit " +
    "geneva zurich frankfurt munich milan naples barcelona marseille lyon kandahar herat mosul aleppo basra kharkiv odesa donetsk crimea").split(" "),
);

export const NATIONALITIES = new Set(
  ("afghan albanian algerian american argentine argentinian armenian australian austrian belgian bolivian brazilian british bulgarian burmese cambodian canadian chilean chinese colombian cuban czech danish dutch egyptian english estonian ethiopian european filipino finnish french georgian german ghanaian greek haitian hungarian indian indonesian iranian iraqi irish israeli italian japanese jordanian kenyan korean kurdish kuwaiti latvian lebanese libyan lithuanian malaysian mexican moroccan nigerian norwegian pakistani palestinian peruvian polish portuguese qatari romanian russian rwandan saudi scottish serbian somali spanish sudanese swedish swiss syrian taiwanese thai tunisian turkish ugandan ukrainian venezuelan vietnamese welsh yemeni western arab african asian muslim christian jewish islamic sunni shia shiite"
).split(" "));

/** Words that head a person's title or role. */
export const TITLE_HEADS = new Set(
  ("president minister secretary chancellor premier envoy ambassador spokesman spokeswoman spokesperson official officials director chief leader head chairman chairwoman chair " +
    "governor mayor senator representative congressman congresswoman lawmaker judge justice attorney prosecutor general admiral colonel commander captain lieutenant sergeant officer " +
    "king queen prince princess emperor pope cardinal bishop archbishop imam rabbi cleric ceo cfo founder owner executive manager coach captain striker analyst adviser advisor aide " +
    "deputy vice acting former undersecretary commissioner inspector sheriff councillor councilor counselor diplomat negotiator correspondent reporter editor columnist economist professor dr " +
    "candidate nominee activist campaigner lawyer author actor actress singer star rep sen gov pres member speaker whip treasurer auditor registrar superintendent warden marshal").split(" "),
);

/** Words that end organisation names. */
export const ORG_CUES = new Set(
  ("ministry department agency party council committee commission union association institute university college school bank corporation corp inc ltd llc plc group company co " +
    "journal times post news press network broadcasting television radio tribune herald gazette courier daily chronicle telegraph guardian observer review magazine wire " +
    "ledger sentinel inquirer examiner dispatch bulletin register monitor globe mail star recorder advocate gazeta " +
    "army navy force forces police guard court parliament assembly congress senate office bureau service services authority board federation league club foundation fund " +
    "organization organisation alliance movement front brigade brigades regiment hospital center centre church mosque network").split(" "),
);

/** Words that end place names. */
export const PLACE_CUES = new Set("base airbase airport airfield street avenue road river lake mountain mountains island islands province county district valley bay sea ocean gulf strait bridge square park region city port".split(" "));

export function gazetteerLabel(lower: string): string | undefined {
  if (COUNTRY_ALIASES[lower] || COUNTRIES.has(lower) || CITIES.has(lower)) return "G:LOC";
  if (NATIONALITIES.has(lower)) return "G:NAT";
  if (TITLE_HEADS.has(lower)) return "G:TITLE";
  if (ORG_CUES.has(lower)) return "G:ORGCUE";
  if (PLACE_CUES.has(lower)) return "G:LOCCUE";
  return undefined;
}
