import { describe, expect, it } from "vitest";
import { arrayLiteral } from "./bulk-insert";
import { hashSeed, mulberry32, Random, seededUuid } from "./random";

describe("the seed's PRNG", () => {
  it("repeats itself for the same seed and differs for another", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
    for (const x of first) expect(x >= 0 && x < 1).toBe(true);
  });

  it("forks streams that do not depend on how much the parent drew", () => {
    const parent = new Random(7);
    const before = parent.fork("org", 3).int(0, 1_000_000);
    parent.float();
    parent.float();
    expect(parent.fork("org", 3).int(0, 1_000_000)).toBe(before);
    expect(hashSeed("org", 3)).not.toBe(hashSeed("org", 4));
  });

  it("hashes names into stable, well-formed UUIDs", () => {
    const ids = Array.from({ length: 100 }, (_, i) => seededUuid(`scale/1/${i}`));
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(100);
    expect(seededUuid("scale/1/0")).toBe(ids[0]);
  });

  it("puts the order first when given, so ids sort by it", () => {
    const ids = [3, 17, 256, 70_000].map((n) => seededUuid(`x/${n}`, n));
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(ids[0]!.startsWith("00000000-0003-")).toBe(true);
  });
});

describe("bulk insert array literals", () => {
  it("quote what PostgreSQL's array syntax would otherwise split", () => {
    expect(arrayLiteral(['a "b"', "c\\d", null, "{e,f}", 3, true])).toBe(
      '{"a \\"b\\"","c\\\\d",NULL,"{e,f}","3","true"}',
    );
    expect(arrayLiteral([["immigrants", "women"]])).toBe('{"{\\"immigrants\\",\\"women\\"}"}');
  });
});
