import { datasetEntities, SAHEL, vocabulary } from "../../src/cli/articles";
import { extract, type Candidate } from "../../src/model/extract";

export const relationTypes = vocabulary(SAHEL);
export const sahelEntities = datasetEntities(SAHEL);

/** Candidates of a text read against the Sahel dataset, as "source type target date" lines. */
export function lines(text: string, published: string, withDataset = true): string[] {
  return extract(text, { relationTypes, entities: withDataset ? sahelEntities : [], published }).map(line);
}

export function line(c: Candidate): string {
  const name = (r: Candidate["source"]) => r.id ?? r.label;
  return `${name(c.source)} ${c.type} ${name(c.target)} ${c.date ?? `from ${c.start}`}`;
}
