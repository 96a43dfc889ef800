/**
 * Invented news articles for benchmarks: deterministic (seeded), varied
 * names, places, numbers, dates, quotes and attributions, typical length.
 * No text from real outlets.
 */
const FIRST = ["Helena", "Daniel", "Marta", "Tomas", "Priya", "Jon", "Amara", "Felix", "Ines", "Kofi", "Lena", "Ravi", "Sofia", "Yusuf", "Clara", "Mateo", "Nadia", "Oskar", "Leila", "Hugo"];
const LAST = ["Voss", "Okafor", "Lindqvist", "Brandt", "Raman", "Amaro", "Castell", "Mbeki", "Novak", "Haddad", "Ferreira", "Kowalski", "Adeyemi", "Larsen", "Moreau", "Tanaka", "Quintero", "Sato", "Varga", "Weller"];
const CITY = ["Port Alder", "Glenmoor", "Westbrook", "Kestrel Bay", "Marrow Falls", "Easthaven", "Corrin", "Dunmore", "Saltmarsh", "Redcliff", "Ashby", "Norwick"];
const ORG = ["Harbor Ledger", "Valley Gazette", "National Transport Agency", "Wren River Authority", "Coastal Energy Board", "Ministry of Health", "Alder University", "Northern Rail Company"];
const ROLE = ["Mayor", "Transport Minister", "police spokesman", "Health Minister", "city engineer", "fire chief", "Governor", "opposition leader"];
const EVENT = ["a fire broke out at a warehouse", "a footbridge collapsed", "a ferry ran aground", "floodwater cut off the main road", "a power outage hit the district", "a train derailed near the station", "a chemical leak forced an evacuation", "a storm tore roofs from houses"];
const DAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export interface SyntheticArticle {
  id: string;
  outlet: string;
  title: string;
  published: string;
  text: string;
}

/** A small, fast, seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticArticle(i: number, paragraphs = 9): SyntheticArticle {
  const r = rng(i * 7919 + 13);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const city = pick(CITY);
  const event = pick(EVENT);
  const n = 2 + Math.floor(r() * 60);
  const month = 1 + Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 28);
  const published = `2025-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const official = person();
  const role = pick(ROLE);
  const paras = [
    `In ${city}, ${event} on ${pick(DAY)} evening, injuring at least ${n} people, officials said.`,
    `${role[0]!.toUpperCase() + role.slice(1)} ${official} said the authorities would open an inquiry. "We will find out what went wrong, and we will not wait for the next accident," ${official.split(" ")[1]} told reporters.`,
    `According to the ${pick(ORG)}, inspectors had raised concerns last week, but the warning was not passed on. The report said repairs had been delayed since ${2010 + Math.floor(r() * 15)}.`,
    `"It was chaos. People were running in every direction," said ${person()}, who lives nearby. She said emergency crews arrived within ${5 + Math.floor(r() * 20)} minutes.`,
    `The ${pick(ORG)} said on ${pick(DAY)} that about ${(1 + Math.floor(r() * 9)) * 1000} residents had been affected, and that services would resume by ${day} ${MONTH[month % 12]}.`,
    `${person()}, a spokeswoman for the ${pick(ORG)}, told the ${pick(ORG)} that the cost could reach $${(1 + r() * 40).toFixed(1)} million.`,
    `Critics said the response was slow. ${person()}, the ${pick(ROLE)}, called for an independent review and said residents deserved answers.`,
    `The area was last inspected in ${MONTH[Math.floor(r() * 12)]} ${2018 + Math.floor(r() * 7)}, records show. Officials will meet again next Tuesday to discuss the findings.`,
    `"We are doing everything we can," ${official.split(" ")[1]} said. "Nobody should be afraid in their own city."`,
    `Dr. ${person()} of ${pick(ORG)} said the U.S. and European standards for such structures differ, and that a review would take months.`,
  ];
  const text = paras.slice(0, Math.max(3, paragraphs)).join("\n\n");
  return { id: `syn-${i}`, outlet: pick(["The Alder Courier", "Northshore Daily", "Coastal Wire", "Valley Gazette"]), title: `${city}: ${event}`, published, text };
}
