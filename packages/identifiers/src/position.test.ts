import { describe, expect, it } from "vitest";
import { lineAndColumn, lineStarts } from "./position";

describe("line and column", () => {
  it("counts lines after \\n, \\r\\n and a lone \\r, columns from 1", () => {
    const text = "ab\ncd\r\nef\rgh";
    const starts = lineStarts(text);
    expect(starts).toEqual([0, 3, 7, 10]);
    expect(lineAndColumn(starts, 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn(starts, 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn(starts, 7)).toEqual({ line: 3, column: 1 });
    expect(lineAndColumn(starts, 11)).toEqual({ line: 4, column: 2 });
  });

  it("treats a one-line text as line 1", () => {
    expect(lineAndColumn(lineStarts("hello"), 4)).toEqual({ line: 1, column: 5 });
  });
});
