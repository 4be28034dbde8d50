/** Column mapping: which column of an event table holds what, with presets for ICEWS and GDELT 2.0. */

/** A column by 0-based index, or by header name when the file has a header row. */
export type ColumnRef = number | string;

export interface ColumnMapping {
  subject: ColumnRef;
  object: ColumnRef;
  date: ColumnRef;
  /** A CAMEO event label ("Make statement"); needed unless `code` is mapped. */
  label?: ColumnRef;
  /** A CAMEO event code ("0311"); needed unless `label` is mapped. */
  code?: ColumnRef;
  goldstein?: ColumnRef;
  mentions?: ColumnRef;
  sourceUrl?: ColumnRef;
  /** Country code (ISO/CAMEO alpha-3) of each actor, to name sector actors by their country. */
  subjectCountry?: ColumnRef;
  objectCountry?: ColumnRef;
}

export interface EventFormat {
  name: string;
  delimiter: "\t" | "," | ";";
  header: boolean;
  mapping: ColumnMapping;
  /** Names written in capitals ("POLICE", as GDELT does) are shown as words ("Police"). */
  wordCaseNames?: boolean;
}

/** GDELT 2.0 event export columns, in file order (61, tab-separated, no header). */
export const GDELT2_COLUMNS = [
  "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
  "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
  "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
  "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
  "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
  "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
  "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
  "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
  "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
  "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
  "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
  "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
  "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
  "DATEADDED", "SOURCEURL",
] as const;

const gdelt = (name: (typeof GDELT2_COLUMNS)[number]) => GDELT2_COLUMNS.indexOf(name);

export const ICEWS_PRESET: EventFormat = {
  name: "ICEWS (subject, relation, object, date)",
  delimiter: "\t",
  header: false,
  mapping: { subject: 0, label: 1, object: 2, date: 3 },
};

export const GDELT2_PRESET: EventFormat = {
  name: "GDELT 2.0 events export",
  delimiter: "\t",
  header: false,
  wordCaseNames: true,
  mapping: {
    date: gdelt("SQLDATE"),
    subject: gdelt("Actor1Name"),
    subjectCountry: gdelt("Actor1CountryCode"),
    object: gdelt("Actor2Name"),
    objectCountry: gdelt("Actor2CountryCode"),
    code: gdelt("EventCode"),
    goldstein: gdelt("GoldsteinScale"),
    mentions: gdelt("NumMentions"),
    sourceUrl: gdelt("SOURCEURL"),
  },
};

export const PRESETS = { icews: ICEWS_PRESET, gdelt: GDELT2_PRESET } as const;

export type ResolvedMapping = { [K in keyof ColumnMapping]-?: number };

/** Turns names into indices against a header row; -1 marks an unmapped field. Throws a readable error. */
export function resolveMapping(mapping: ColumnMapping, header?: readonly string[]): ResolvedMapping {
  if (mapping.label === undefined && mapping.code === undefined) throw new Error("map a column to the event label or to the CAMEO code");
  const out = {} as ResolvedMapping;
  const keys: (keyof ColumnMapping)[] = ["subject", "object", "date", "label", "code", "goldstein", "mentions", "sourceUrl", "subjectCountry", "objectCountry"];
  for (const key of keys) {
    const ref = mapping[key];
    if (ref === undefined) out[key] = -1;
    else if (typeof ref === "number") {
      if (!Number.isInteger(ref) || ref < 0) throw new Error(`${key}: column ${ref} is not a column index`);
      out[key] = ref;
    } else {
      const i = header?.findIndex((h) => h.trim() === ref) ?? -1;
      if (i < 0) throw new Error(`${key}: no column named "${ref}"${header ? ` (columns: ${header.join(", ")})` : " (the file has no header row)"}`);
      out[key] = i;
    }
  }
  return out;
}
