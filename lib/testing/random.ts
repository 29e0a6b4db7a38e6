/**
 * Deterministic randomness for seeded inventories: a small PRNG
 * (mulberry32) whose stream for each entity is derived from the seed, a
 * kind and an index, so one entity's values never depend on how many
 * others were made before it, and a child can be generated lazily.
 */

/** murmur3's 32-bit finalizer: a good cheap mixer. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return fmix(h);
}

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A stream for (seed, kind, index, sub). */
  static for(seed: number, kind: string, index: number, sub = 0): Random {
    return new Random(fmix(fmix(seed ^ hashString(kind)) + Math.imul(index + 1, 0x9e3779b1) + Math.imul(sub, 0x85ebca77)));
  }

  /** 32 random bits. */
  next32(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** A float in [0, 1). */
  float(): number {
    return this.next32() / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)];
  }

  /** Picks by weight: `[[value, weight], ...]`. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((s, [, w]) => s + w, 0);
    let r = this.float() * total;
    for (const [value, w] of choices) {
      r -= w;
      if (r < 0) return value;
    }
    return choices[choices.length - 1][0];
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  /** A version 4 UUID made of this stream's bits. */
  uuid(): string {
    const a = this.next32();
    const b = ((this.next32() & 0xffff0fff) | 0x00004000) >>> 0; // version 4
    const c = ((this.next32() & 0x3fffffff) | 0x80000000) >>> 0; // variant 10
    const d = this.next32();
    return `${hex8(a)}-${hex4(b >>> 16)}-${hex4(b & 0xffff)}-${hex4(c >>> 16)}-${hex4(c & 0xffff)}${hex8(d)}`;
  }
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const hex4 = (n: number): string => HEX[(n >>> 8) & 255] + HEX[n & 255];
const hex8 = (n: number): string => hex4(n >>> 16) + hex4(n & 0xffff);

/** The stable id of the `index`th entity of a kind under a seed. */
export function stableId(seed: number, kind: string, index: number): string {
  return Random.for(seed, `id:${kind}`, index).uuid();
}
