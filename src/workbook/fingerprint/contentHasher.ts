/**
 * A fast, non-cryptographic 64-bit content hash (two 32-bit multiply-xorshift lanes), fed
 * value by value so a million-row sheet is hashed without building one big string. It detects
 * edits between a preview and a post; it is not a defence against someone forging a collision.
 *
 * @example
 * const h = new ContentHasher();
 * h.text('Members'); h.number(45658);
 * h.digest() // → '9f1c…' (16 hex digits)
 */
export class ContentHasher {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;
  private readonly f64 = new Float64Array(1);
  private readonly u32 = new Uint32Array(this.f64.buffer);

  /** Mixes one 32-bit word into both lanes. */
  word(w: number): void {
    this.h1 = Math.imul(this.h1 ^ w, 2654435761);
    this.h2 = Math.imul(this.h2 ^ w, 1597334677);
  }

  text(s: string): void {
    this.word(0x73 ^ s.length);
    for (let i = 0; i < s.length; i++) this.word(s.charCodeAt(i));
  }

  number(n: number): void {
    this.f64[0] = n;
    this.word(0x6e);
    this.word(this.u32[0]);
    this.word(this.u32[1]);
  }

  /** Marks a structural boundary (end of row, end of sheet) so shifted cells hash differently. */
  tag(t: number): void {
    this.word(0x7f000000 | t);
  }

  digest(): string {
    let h1 = this.h1;
    let h2 = this.h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
  }
}
