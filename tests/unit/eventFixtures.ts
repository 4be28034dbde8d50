import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { GDELT2_COLUMNS } from "../../src/model/events/columns";

/** The real ICEWS sample lives beside the repository, in ../shared/data (see its README). */
/** ENTENTE_SHARED names the shared folder when the checkout is not beside it (e.g. a git worktree elsewhere). */
export const ICEWS_PATH = resolve(process.env.ENTENTE_SHARED ?? resolve(import.meta.dirname, "../../../shared"), "data/icews05-15/icews_2005-2015_test.tsv");

export function icewsText(): string {
  if (!existsSync(ICEWS_PATH)) throw new Error(`ICEWS sample not found at ${ICEWS_PATH}: these tests need ../shared/data beside the repository`);
  return readFileSync(ICEWS_PATH, "utf8");
}

/** The sample's rows split naively (no code under test involved), for brute-force references. */
export function icewsRows(): { subject: string; label: string; object: string; date: string }[] {
  return icewsText()
    .split("\n")
    .filter((l) => l.length > 0)
    .map((l) => {
      const [subject, label, object, date] = l.split("\t");
      return { subject, label, object, date };
    });
}

/** One GDELT 2.0 export line (61 tab-separated columns) with the given fields set. */
export function gdeltLine(fields: Partial<Record<(typeof GDELT2_COLUMNS)[number], string>>): string {
  return GDELT2_COLUMNS.map((name) => fields[name] ?? "").join("\t");
}
