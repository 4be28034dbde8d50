import type { Entity, EntityType } from "../dataset/schema";
import { countryName } from "./countries";

/** Event actors (ICEWS/GDELT names) as entities: stable ids, a guessed type, and folding into countries. */

/** Lower-case kebab-case id of a name: accents dropped, apostrophes removed, other runs of non-alphanumerics → "-". */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’`]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const short = slug.length > 60 ? slug.slice(0, 60).replace(/-[^-]*$/, "") : slug;
  return short || "actor";
}

/**
 * Ids for a set of names, independent of row order: names are taken in code-point order; the first to
 * claim a slug keeps it, later ones get `-2`, `-3`, … (the first free suffix).
 */
export function assignIds(names: Iterable<string>): Map<string, string> {
  const sorted = [...new Set(names)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const taken = new Set<string>();
  const ids = new Map<string, string>();
  // Bare slugs first, so a name whose own slug is "x-2" is never pushed aside by a suffixed "x".
  const bases = sorted.map(slugify);
  sorted.forEach((name, i) => {
    if (!taken.has(bases[i])) {
      taken.add(bases[i]);
      ids.set(name, bases[i]);
    }
  });
  sorted.forEach((name, i) => {
    if (ids.has(name)) return;
    let n = 2;
    while (taken.has(`${bases[i]}-${n}`)) n++;
    taken.add(`${bases[i]}-${n}`);
    ids.set(name, `${bases[i]}-${n}`);
  });
  return ids;
}

const SECTOR_RE = /^(.+?)\s*\(([^()]+)\)$/;

/** `Citizen (Nigeria)` → sector "Citizen", of "Nigeria". */
export function splitSector(name: string): { sector: string; of: string } | undefined {
  const m = SECTOR_RE.exec(name);
  return m ? { sector: m[1].trim(), of: m[2].trim() } : undefined;
}

const ARMED = /\b(rebels?|insurgents?|guerrillas?|militants?|militias?|terrorists?|separatists?|extremists?|combatants?|armed (gang|band|opposition|rebel)|rebel group|attackers?|jihad|mujahideen|liberation (army|front|force|tigers)|tigers|brigades?|al[- ]qaeda|taliban|boko haram|al-shabaab|hamas|hezbollah|abu sayyaf|shabiha|islamic state|jabhat|lashkar|people's army|resistance army|free syrian army)\b/i;
const MILITARY = /\b(military|army|armed forces|defen[cs]e forces?|self-defense forces|navy|naval|air force|police|troops?|soldiers?|peacekeep\w*|coast guard|marines?|gendarmerie|special forces|battalion|security forces|reserve personnel|admiral)\b/i;
const ROLE = /^(head of (government|state)|envoy|governor|city mayor|mayor|attorney general|director general|chief of staff|undersecretary|ombudsman|party president|national security advisor|secretary|minister|prime minister|president|vice president|ambassador|king|queen|prince|crown prince|emperor|pope|defense attorney|court judge|judge|presidential candidate|news editor|bishop|priest|imam|islamic preacher)$/i;
const ORG = /\b(union|council|organi[sz]ation|party|court|bank|agency|press|news|commission|committee|ministry|ministery|department|movement|front|association|fund|nations|international|watch|government|congress|senate|parliament|assembly|service|office|community|foundation|institute|university|company|corporation|daily|times|post|monitor|observatory|doctors|cross|network|agence|television|radio|ltd|inc|group|alliance|league|secretariat|authority|authorities|federation|club|church|school|hospital)\b/i;
const ALLIANCES = new Set(["nato", "north atlantic treaty organization", "economic community of west african states", "ecowas", "collective security treaty organization", "shanghai cooperation organisation", "shanghai cooperation organization", "gulf cooperation council", "warsaw pact", "alliance of sahel states"]);
const REGIONS = new Set(["africa", "middle east", "north america", "latin america", "south america", "southeast asia", "asia", "europe", "caribbean", "central asia", "west africa", "east africa", "international"]);

export interface ActorKind {
  type: EntityType;
  /** Why: shown in the entity's description so the guess is visible. */
  reason: string;
}

/** Entity type of an actor name, by the documented heuristics (see README). */
export function actorKind(name: string): ActorKind {
  if (countryName(name)) return { type: "country", reason: "country" };
  const lower = name.toLowerCase();
  if (ALLIANCES.has(lower)) return { type: "alliance", reason: "alliance" };
  if (REGIONS.has(lower)) return { type: "organization", reason: "region (no region type; shown as organization)" };
  const sector = splitSector(name);
  const what = sector ? sector.sector : name;
  if (ARMED.test(what)) return { type: "armed-group", reason: sector ? "armed sector" : "armed group" };
  if (sector && ROLE.test(sector.sector)) return { type: "person", reason: "office held by one person" };
  if (/\bministry\b|ministery|department/i.test(what)) return { type: "organization", reason: "government body" };
  if (MILITARY.test(what)) return { type: "military-force", reason: sector ? "military or police sector" : "military or police force" };
  if (sector || ORG.test(what)) return { type: "organization", reason: sector ? "sector of society or government" : "organization name" };
  // Two to five words, each starting with a capital (allowing particles such as al-, bin, de): a person.
  const words = name.split(/\s+/);
  if (words.length >= 2 && words.length <= 5 && words.every((w) => /^(\p{Lu}|al-|el-|bin|ibn|de|da|do|dos|van|von|der|la|le|du|y|al|Al)/u.test(w)))
    return { type: "person", reason: "personal name" };
  return { type: "organization", reason: "other named actor" };
}

/** The country an actor folds into: itself if it is a country, the country in `Sector (Country)`, else none. */
export function foldTarget(name: string): string | undefined {
  const own = countryName(name);
  if (own) return own;
  const sector = splitSector(name);
  return sector ? countryName(sector.of) : undefined;
}

/** Entities for a table's actors, and which entity each actor is, in detail and folded into countries. */
export interface ActorEntities {
  entities: Entity[];
  /** Actor index → entity index, each actor its own entity (countries under any spelling merged). */
  detailed: Int32Array;
  /** Actor index → entity index, sector actors of a country folded into the country. */
  folded: Int32Array;
}

/** Builds entities for actor names (index = actor id); countries that are only fold targets are added too. */
export function actorEntities(actors: readonly string[]): ActorEntities {
  const canonical = actors.map((a) => countryName(a) ?? a);
  const targets = actors.map(foldTarget);
  const names = new Set<string>(canonical);
  for (const t of targets) if (t) names.add(t);
  const ids = assignIds(names);
  const ordered = [...names].sort((a, b) => (ids.get(a)! < ids.get(b)! ? -1 : 1));
  const index = new Map(ordered.map((n, i) => [n, i]));
  const entities: Entity[] = ordered.map((name) => {
    const kind = actorKind(name);
    return { id: ids.get(name)!, label: name, type: kind.type, description: `Event actor; type guessed: ${kind.reason}.` };
  });
  const detailed = Int32Array.from(canonical, (n) => index.get(n)!);
  const folded = Int32Array.from(actors, (_, i) => index.get(targets[i] ?? canonical[i])!);
  return { entities, detailed, folded };
}
