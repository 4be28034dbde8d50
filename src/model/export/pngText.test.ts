import { deflateSync, inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readPngText, withPngText } from "./pngText";

/** A 1×1 PNG made by hand (signature, IHDR, IDAT, IEND) with Node's zlib and CRC from a reference implementation. */
function tinyPng(): Uint8Array {
  const crc = (buf: Buffer) => {
    let c = ~0;
    for (const b of buf) {
      c ^= b;
      for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
    }
    return ~c >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const tail = Buffer.alloc(4);
    tail.writeUInt32BE(crc(body));
    return Buffer.concat([head, body, tail]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.from([0, 255, 0, 0, 255]))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

describe("PNG text chunks", () => {
  it("round-trips UTF-8 text and keeps the image intact, with valid CRCs", () => {
    const png = tinyPng();
    const out = withPngText(png, { Title: "Sahel security relations, 2023–2025; focus on Niger", Software: "Entente" });
    expect(readPngText(out)).toEqual({ Title: "Sahel security relations, 2023–2025; focus on Niger", Software: "Entente" });
    // Every chunk's CRC checks out, and the pixel data is unchanged.
    const buf = Buffer.from(out);
    let at = 8;
    const types: string[] = [];
    while (at < buf.length) {
      const length = buf.readUInt32BE(at);
      const type = buf.subarray(at + 4, at + 8).toString();
      types.push(type);
      const body = buf.subarray(at + 4, at + 8 + length);
      let c = ~0;
      for (const b of body) {
        c ^= b;
        for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
      }
      expect(buf.readUInt32BE(at + 8 + length), type).toBe(~c >>> 0);
      if (type === "IDAT") expect([...inflateSync(buf.subarray(at + 8, at + 8 + length))]).toEqual([0, 255, 0, 0, 255]);
      at += 12 + length;
    }
    expect(types).toEqual(["IHDR", "iTXt", "iTXt", "IDAT", "IEND"]);
    expect(readPngText(png)).toEqual({});
  });
});
