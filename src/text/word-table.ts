/**
 * Word table
 *
 * An open-addressing hash table from a word, given as a range of a text, to a cached value. It
 * hashes and compares the characters in place, so the hot loop neither slices a string per word nor
 * pays V8's string hashing; only a miss slices the word once to build and store its value.
 *
 * Notes:
 * - FNV-1a over UTF-16 code units, linear probing, load factor ≤ 0.5.
 * - When `limit` entries are stored the table starts over (bounds memory on endless corpora).
 */

/** A value-per-word cache keyed by text ranges. */
export class WordTable<V> {
  private slots: Int32Array;
  private mask: number;
  private keys: string[] = [];
  private hashes: number[] = [];
  private values: V[] = [];
  private readonly limit: number;

  constructor(limit: number, capacity = 1 << 14) {
    this.limit = limit;
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.keys.length;
  }

  clear(): void {
    this.slots.fill(0);
    this.keys = [];
    this.hashes = [];
    this.values = [];
  }

  /** The value for `text[start, end)`, computed by `make(word)` on a miss. */
  get(text: string, start: number, end: number, make: (word: string) => V): V {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const len = end - start;
    let slot = h & this.mask;
    for (;;) {
      const e = this.slots[slot] - 1;
      if (e < 0) break;
      if (this.hashes[e] === h && this.sameKey(this.keys[e], text, start, len)) return this.values[e];
      slot = (slot + 1) & this.mask;
    }
    const word = text.slice(start, end);
    const value = make(word);
    this.insert(word, h, value, slot);
    return value;
  }

  private sameKey(key: string, text: string, start: number, len: number): boolean {
    if (key.length !== len) return false;
    for (let i = 0; i < len; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
    return true;
  }

  private insert(word: string, h: number, value: V, slot: number): void {
    if (this.keys.length >= this.limit) {
      this.clear();
      this.put(word, h, value);
      return;
    }
    if ((this.keys.length + 1) * 2 > this.slots.length) {
      this.grow();
      this.put(word, h, value);
      return;
    }
    this.slots[slot] = this.keys.push(word);
    this.hashes.push(h);
    this.values.push(value);
  }

  private put(word: string, h: number, value: V): void {
    let slot = h & this.mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot] = this.keys.push(word);
    this.hashes.push(h);
    this.values.push(value);
  }

  private grow(): void {
    const n = this.slots.length * 2;
    this.slots = new Int32Array(n);
    this.mask = n - 1;
    for (let e = 0; e < this.keys.length; e++) {
      let slot = this.hashes[e] & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = e + 1;
    }
  }
}
