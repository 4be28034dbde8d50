import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SHARED_TYPES_FILE } from "../../cli/datasets";
import { generateDataset } from "./generate";
import { buildModel, buildModelInSlices } from "./graph";
import { SLICE } from "./slices";

const types = JSON.parse(readFileSync(SHARED_TYPES_FILE, "utf8"));
const generated = generateDataset(types, { relations: 2 * SLICE + 10, seed: 7 });
const dataset = { ...generated, relationTypes: types };

describe("a large dataset's model, built in slices", () => {
  it("is the model built at once, with a pause after every slice of relations", async () => {
    const pauses: [number, number][] = [];
    const sliced = await buildModelInSlices(dataset, async (done, total) => void pauses.push([done, total]));
    const whole = buildModel(dataset);
    expect(pauses).toEqual([
      [SLICE, 2 * SLICE + 10],
      [2 * SLICE, 2 * SLICE + 10],
    ]);
    expect(sliced.graph.export()).toEqual(whole.graph.export());
  });
  it("fails as the model built at once does, on a relation of an unknown type", async () => {
    const broken = { ...dataset, relations: [...dataset.relations, { ...dataset.relations[0], id: "odd", type: "no-such-type" }] };
    await expect(buildModelInSlices(broken, async () => {})).rejects.toThrow("relation odd: unknown type no-such-type");
  });
});
