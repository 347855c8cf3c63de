/**
 * A tiny seeded PRNG for the demo and scale data. The seed must give the same rows on every run
 * and on every machine (the e2e tests and the README point at them), so nothing here may touch
 * Math.random, the clock or any other source of randomness.
 */
import { createHash } from "node:crypto";

/** mulberry32: 32 bits of state, fast, and good enough for picking names and places. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes numbers and strings into one 32-bit seed, so child streams are independent of order. */
export function hashSeed(...parts: Array<number | string>): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    const text = String(part);
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0xff;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class Random {
  private readonly next: () => number;

  constructor(readonly seed: number) {
    this.next = mulberry32(seed);
  }

  /** A child stream: what it draws does not shift when the parent draws more or less. */
  fork(...label: Array<number | string>): Random {
    return new Random(hashSeed(this.seed, ...label));
  }

  float(): number {
    return this.next();
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("Random.pick: nothing to pick from");
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Picks by weight: `[item, weight]` pairs with positive weights. */
  weighted<T>(pairs: ReadonlyArray<readonly [T, number]>): T {
    const total = pairs.reduce((sum, [, w]) => sum + w, 0);
    let roll = this.next() * total;
    for (const [item, weight] of pairs) {
      roll -= weight;
      if (roll < 0) return item;
    }
    return pairs[pairs.length - 1]![0];
  }

  /** Up to `count` distinct items, in a random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, count));
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }
}

/**
 * A name-based UUID: the same name gives the same id on every run. Ids are hashed from unique
 * names rather than drawn from the PRNG, because 32 bits of PRNG state would repeat ids long
 * before the scale data reaches its two million rows.
 *
 * With `order`, the first 48 bits are that number (a version 8 layout, RFC 9562) and only the
 * rest is hashed: rows inserted in order then land at the right edge of every B-tree index that
 * holds them instead of all over it, which keeps bulk loading fast once the indexes outgrow
 * PostgreSQL's buffer cache.
 */
export function seededUuid(name: string, order?: number): string {
  const hash = createHash("sha1").update(name).digest();
  if (order !== undefined) hash.writeUIntBE(order, 0, 6);
  hash[6] = (hash[6]! & 0x0f) | (order === undefined ? 0x50 : 0x80);
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const h = hash.toString("hex", 0, 16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
