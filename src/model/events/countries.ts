import table from "../../../graph-data/countries.json";

/** Country names as ICEWS spells them, and ISO alpha-3 codes (graph-data/countries.json). */

const byName = new Map<string, { name: string; iso3?: string }>(table.countries.map((c) => [c.name.toLowerCase(), c]));
const byCode = new Map<string, string>();
for (const c of table.countries as { name: string; iso3?: string }[]) if (c.iso3) byCode.set(c.iso3, c.name);

/** The canonical country name for a name in any letter case, if it is a known country. */
export function countryName(name: string): string | undefined {
  return byName.get(name.toLowerCase())?.name;
}

export function countryOfCode(iso3: string): string | undefined {
  return byCode.get(iso3.toUpperCase());
}

/** The ISO alpha-3 code of a country name, if known (an alias search finds the country by). */
export function iso3Of(name: string): string | undefined {
  return byName.get(name.toLowerCase())?.iso3;
}
