import { describe, expect, it } from "vitest";
import { safeHref } from "./safeHref";

describe("safeHref", () => {
  it("links absolute http and https URLs", () => {
    expect(safeHref("https://www.nato.int/cps/en/natohq/topics_52044.htm")).toBe("https://www.nato.int/cps/en/natohq/topics_52044.htm");
    expect(safeHref("  http://example.org ")).toBe("http://example.org/");
    expect(safeHref("HTTPS://EXAMPLE.ORG/a")).toBe("https://example.org/a");
  });

  it("refuses every other scheme and anything that is not an absolute URL", () => {
    for (const bad of [
      "javascript:window.__pwned=1",
      "JavaScript:alert(1)",
      " javascript:alert(1)",
      "java\tscript:alert(1)",
      "\u0001javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
      "ftp://example.org/",
      "//evil.example/x",
      "/relative/path",
      "example.org",
      "",
      undefined,
    ]) {
      expect(safeHref(bad), String(bad)).toBeUndefined();
    }
  });
});
