import { describe, expect, it } from "vitest";
import { parseGexf } from "./gexf";
import { decodeXml } from "./xml";
import { SHARED_TYPES } from "../../../tests/fixtures/fixtures";
import { datasetOf, importFixtures, problemsOf } from "../../../tests/fixtures/importFixtures";

const gexf = (graph: string, attrs = 'mode="dynamic" timeformat="date"') =>
  parseGexf(`<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph ${attrs}>
    <attributes class="edge" mode="static"><attribute id="t" title="type" type="string"/><attribute id="c" title="citations" type="string"/><attribute id="p" title="precision" type="string"/></attributes>
    <nodes><node id="a" label="A"/><node id="b" label="B"/></nodes>${graph}</graph></gexf>`, "g.gexf", SHARED_TYPES);
const edge = (time: string, type = "met-with", extra = "") =>
  `<edges><edge id="e" source="a" target="b" ${time}><attvalues><attvalue for="t" value="${type}"/><attvalue for="c" value="S"/>${extra}</attvalues></edge></edges>`;
const relationOf = (time: string, type?: string, extra?: string) => datasetOf(gexf(edge(time, type, extra))).relations[0];

describe("parseGexf", () => {
  it("reads a static GEXF as Gephi 0.10 writes it, with dates in attributes", () => {
    const d = datasetOf(importFixtures("static.gexf"));
    expect(d.meta).toMatchObject({ id: "static", title: "static", description: "Hand-made fixture in the shape Gephi 0.10 writes for a static graph." });
    expect(d.entities).toEqual([
      { id: "cameroon", label: "Cameroon", type: "country" },
      { id: "chad", label: "Chad", type: "country" },
      { id: "lcbc", label: "Lake Chad Basin Commission", type: "organization" },
    ]);
    expect(d.relations.map((r) => [r.id, r.type, r.date ?? r.start, r.label])).toEqual([
      ["0", "member-of", "1964-05", "member of"],
      ["1", "member-of", "1964-05", "member of"],
      ["2", "met-with", "2015-02", "met with"],
    ]);
    expect(d.relations[2].citations.map((c) => c.source)).toEqual(["lcbc-summit-communique", "cblt-org"]);
    expect(d.sources.find((s) => s.id === "cblt-org")).toEqual({ id: "cblt-org", title: "https://cblt.org/", publisher: "cblt.org", url: "https://cblt.org/" });
  });

  it("maps a dynamic GEXF's spans back to dates", () => {
    const d = datasetOf(importFixtures("dynamic.gexf"));
    const byId = new Map(d.relations.map((r) => [r.id, r]));
    expect(byId.get("mali-ecowas")).toMatchObject({ start: "1975-05-28", end: "2025-01-29", label: "member of" });
    expect(byId.get("mali-aes")).toMatchObject({ start: "2023-09-16" }); // no end: still holds
    expect(byId.get("mali-aes")!.end).toBeUndefined();
    expect(byId.get("mali-expels-france")!.date).toBe("2022-02"); // a whole month
    expect(byId.get("france-withdraws")!.date).toBe("2022"); // a whole year
    expect(byId.get("france-mali-1960")).toMatchObject({ date: "1960-06-20", label: "signed agreement" }); // one day; label from the type
    expect(byId.get("mali-expels-france")!.citations).toEqual([{ source: "news-2022-02" }]); // a JSON list
    // Several spells: one relation each.
    expect([byId.get("france-mali-troops"), byId.get("france-mali-troops-2")].map((r) => [r?.start, r?.end])).toEqual([
      ["2013-01-11", "2014-07-31"],
      ["2014-08-01", "2022-08-15"],
    ]);
    expect(d.entities.find((e) => e.id === "mali")).toMatchObject({ start: "1960-09-22" });
  });

  it("reads GEXF 1.2 with years as doubles, numeric attribute ids and attribute defaults", () => {
    const d = datasetOf(importFixtures("dynamic-years-1.2.gexf"));
    expect(d.entities.map((e) => [e.id, e.label])).toEqual([["n0", "Ghana"], ["n1", "Togo"], ["n2", "ECOWAS"]]);
    expect(d.relations.map((r) => [r.id, r.date, r.start, r.end])).toEqual([
      ["e0", undefined, "1975", undefined],
      ["e1", undefined, "1975", "2030"],
      ["e2", "1984", undefined, undefined],
    ]);
    expect(d.sources.map((s) => s.title)).toEqual(["Yearbook of treaties"]);
  });

  it("finds the coarsest dates that keep a state's span exactly", () => {
    expect(relationOf('start="2020-01-01" end="2021-12-31"', "member-of")).toMatchObject({ start: "2020", end: "2021" });
    expect(relationOf('start="2020-03-01" end="2020-04-30"', "member-of")).toMatchObject({ start: "2020-03", end: "2020-04" });
    expect(relationOf('start="2020-03-02" end="2020-04-30"', "member-of")).toMatchObject({ start: "2020-03-02", end: "2020-04-30" });
    expect(relationOf('start="2020-03-01T00:00:00.000+01:00"', "member-of")).toMatchObject({ start: "2020-03-01" });
  });

  it("takes the precision attribute the exporter writes as a hint", () => {
    expect(relationOf('start="2023-07-01"', "member-of", '<attvalue for="p" value="month"/>').start).toBe("2023-07");
    expect(relationOf('start="2024-01-01" end="2024-12-31"', "met-with", '<attvalue for="p" value="year"/>').date).toBe("2024");
  });

  it("reads timestamps as event dates", () => {
    expect(relationOf('timestamp="2024-08-28"').date).toBe("2024-08-28");
    expect(datasetOf(gexf(edge('timestamp="1984.0"'), 'mode="dynamic" timeformat="double" timerepresentation="timestamp"')).relations[0].date).toBe("1984");
  });

  it("reports what cannot be a date, by edge", () => {
    expect(problemsOf(gexf(edge('start="2024-08-03" end="2024-08-10"')))).toEqual([
      'g.gexf: edge "e": span 2024-08-03 – 2024-08-10 is not one day, month or year: an event has one date',
    ]);
    expect(problemsOf(gexf(edge('start="soon"')))[0]).toMatch(/^g\.gexf: edge "e": "soon" is not a time/);
    expect(problemsOf(gexf(edge('start="2020-05-01" end="2019-01-01"', "member-of")))[0]).toMatch(/ends \(2019-01-01\) before it starts/);
    expect(problemsOf(gexf(edge('start="2024-08-28"')))).toEqual([
      'g.gexf: edge "e": "met-with" is an event: it takes "date", not "start"/"end"',
      'g.gexf: edge "e": "met-with" is an event: "date" is missing',
    ]);
  });

  it("reports missing types, citations and unknown nodes through the dataset validation", () => {
    const m = problemsOf(gexf('<edges><edge id="x" source="a" target="zz" start="2020-01-01" end="2020-01-01"/></edges>'));
    expect(m).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^g\.gexf: edge "x": type: /),
        expect.stringMatching(/^g\.gexf: edge "x": citations: needs at least one citation/),
        'g.gexf: edge "x": target: unknown entity "zz"',
      ]),
    );
  });

  it("reports a node without id and an edge without source or target, inventing no id", () => {
    const plain = (nodes: string, edges: string) =>
      parseGexf(`<gexf><graph><attributes class="edge"><attribute id="0" title="Type"/><attribute id="1" title="Citation"/><attribute id="2" title="Date"/></attributes>
        <nodes>${nodes}</nodes><edges>${edges}</edges></graph></gexf>`, "g.gexf", SHARED_TYPES);
    const att = '<attvalues><attvalue for="0" value="met-with"/><attvalue for="1" value="x"/><attvalue for="2" value="2024"/></attvalues>';
    expect(problemsOf(plain(`<node id="a"/><node label="Nameless"/>`, `<edge id="e" source="a" target="a">${att}</edge>`))).toEqual([
      'g.gexf: node #2 (label "Nameless"): has no id',
    ]);
    expect(problemsOf(plain(`<node id="a"/><node id="b"/>`, `<edge id="e1" target="b">${att}</edge><edge source="a">${att}</edge>`))).toEqual([
      'g.gexf: edge "e1": has no source',
      "g.gexf: edge #2: has no target",
    ]);
  });

  it("says an empty file is empty, and refuses a graph without edges", () => {
    expect(problemsOf(parseGexf("", "g.gexf", SHARED_TYPES))).toEqual(["g.gexf: is empty"]);
    expect(problemsOf(parseGexf("  \n", "g.gexf", SHARED_TYPES))).toEqual(["g.gexf: is empty"]);
    expect(problemsOf(parseGexf('<gexf><graph><nodes><node id="a"/></nodes></graph></gexf>', "g.gexf", SHARED_TYPES))).toEqual([
      "g.gexf: has no edges: there is no relation to import",
    ]);
  });

  it("makes ids from node ids that are not ids, consistently for edges", () => {
    const d = datasetOf(
      parseGexf(
        `<gexf><graph><attributes class="edge"><attribute id="0" title="Type"/><attribute id="1" title="Citation"/><attribute id="2" title="Date"/></attributes>
        <nodes><node id="Burkina Faso"/><node id="N_2" label="Niger"/></nodes>
        <edges><edge source="Burkina Faso" target="N_2"><attvalues><attvalue for="0" value="met-with"/><attvalue for="1" value="x"/><attvalue for="2" value="2024"/></attvalues></edge></edges></graph></gexf>`,
        "plain.gexf",
        SHARED_TYPES,
      ),
    );
    expect(d.entities.map((e) => [e.id, e.label])).toEqual([["burkina-faso", "Burkina Faso"], ["n-2", "Niger"]]);
    expect(d.relations[0]).toMatchObject({ id: "burkina-faso-met-with-n-2-2024", source: "burkina-faso", target: "n-2", date: "2024" });
  });

  it("reads node attributes and matches column titles whatever their case or separators", () => {
    const d = datasetOf(
      parseGexf(
        `<gexf><graph mode="dynamic" timeformat="date">
        <attributes class="node"><attribute id="0" title="Entity_Type"/><attribute id="1" title="Aliases" type="liststring"/><attribute id="2" title="Latitude"/><attribute id="3" title="Longitude"/><attribute id="4" title="Description"/></attributes>
        <attributes class="edge"><attribute id="0" title="Relation Type"/><attribute id="1" title="Citations"/><attribute id="2" title="datePrecision"/></attributes>
        <nodes><node id="ne" label="Niger"><attvalues><attvalue for="0" value="country"/><attvalue for="1" value="[Niger Republic, République du Niger]"/><attvalue for="2" value="13.5"/><attvalue for="3" value="2.1"/><attvalue for="4" value="A &lt;b&gt;Sahel&lt;/b&gt; state"/></attvalues></node>
        <node id="ng" label="Nigeria"><attvalues><attvalue for="0" value="country"/></attvalues></node></nodes>
        <edges><edge id="m" source="ng" target="ne" start="2024-08-01" end="2024-08-31"><attvalues><attvalue for="0" value="signed-mou"/><attvalue for="1" value="vaultz-2024-08-30, maghrebi-2025-09-24"/><attvalue for="2" value="month"/></attvalues></edge></edges></graph></gexf>`,
        "n.gexf",
        SHARED_TYPES,
      ),
    );
    expect(d.entities[0]).toEqual({ id: "ne", label: "Niger", type: "country", aliases: ["Niger Republic", "République du Niger"], description: "A <b>Sahel</b> state", location: { lat: 13.5, lon: 2.1 } });
    expect(d.relations[0]).toMatchObject({ type: "signed-mou", date: "2024-08", citations: [{ source: "vaultz-2024-08-30" }, { source: "maghrebi-2025-09-24" }] });
  });

  it("locates XML syntax errors and refuses entity declarations (no billion laughs)", () => {
    expect(problemsOf(importFixtures("broken.gexf"))).toEqual([expect.stringMatching(/^broken\.gexf: invalid XML at line 6, column 5: Expected closing tag 'node'/)]);
    const started = performance.now();
    expect(problemsOf(importFixtures("billion-laughs.gexf"))).toEqual(["billion-laughs.gexf: at line 3, column 3: XML entity declarations (<!ENTITY>) are not accepted"]);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(problemsOf(parseGexf("<notgexf/>", "x.gexf"))[0]).toMatch(/not a GEXF file/);
  });

  it("decodes predefined entities and character references, and nothing else", () => {
    expect(decodeXml("A &amp; B &lt;i&gt; &quot;q&quot; &apos; &#233;&#xE9; &lol; &#x110000; &#xD800;")).toBe(`A & B <i> "q" ' éé &lol; &#x110000; &#xD800;`);
  });
});
