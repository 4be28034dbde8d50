import { existsSync, readFileSync, statSync } from "node:fs";
import { relative, resolve } from "node:path";
import { formatProblem, validateDataset, type Problem } from "../model/dataset/validate";
import { readDatasetFolder, SHARED_TYPES_FILE, shippedDatasetFolders } from "./datasets";

/** `npm run validate [-- <folder>...]`: checks every shipped dataset, or the folders given. */
const args = process.argv.slice(2);
const cwd = process.env.INIT_CWD ?? process.cwd();
const folders = args.length > 0 ? args.map((a) => resolve(cwd, a)) : shippedDatasetFolders();
/** Paths as the user typed them: relative to where npm was run, absolute when outside it. */
const shown = (path: string) => {
  const rel = relative(cwd, path);
  return rel === "" || rel.startsWith("..") ? path : rel;
};
const shared = readFileSync(SHARED_TYPES_FILE, "utf8");
const sharedName = shown(SHARED_TYPES_FILE);

let failed = 0;
for (const folder of folders) {
  const name = shown(folder);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    console.error(`${name}: not a dataset folder`);
    failed++;
    continue;
  }
  const unreadable: Problem[] = [];
  const texts = readDatasetFolder(folder, unreadable);
  const result = validateDataset(texts, { folder: name, sharedRelationTypes: shared, sharedRelationTypesFile: sharedName });
  // A file that could not be read is reported as itself, not as missing.
  const problems = [
    ...unreadable.map((p) => ({ ...p, file: `${name}/${p.file}` })),
    ...(result.ok ? [] : result.problems.filter((p) => !(p.message === "file is missing" && unreadable.some((u) => p.file === `${name}/${u.file}`)))),
  ];
  if (result.ok && problems.length === 0) {
    const d = result.dataset;
    console.log(`${name}: ok (${d.entities.length} entities, ${d.relations.length} relations, ${d.sources.length} sources)`);
  } else {
    failed++;
    for (const p of problems) console.error(formatProblem(p));
    console.error(`${name}: ${problems.length} problem${problems.length === 1 ? "" : "s"}`);
  }
}
if (folders.length === 0) console.error("no dataset folders found");
process.exit(failed > 0 || folders.length === 0 ? 1 : 0);
