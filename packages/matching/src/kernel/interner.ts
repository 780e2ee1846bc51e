/** String codes for string vectors: −1 is UNKNOWN. One interner per compiled plan. */
export class Interner {
  private readonly codes = new Map<string, number>();
  readonly strings: string[] = [];
  code(s: string): number {
    let c = this.codes.get(s);
    if (c === undefined) {
      c = this.strings.length;
      this.codes.set(s, c);
      this.strings.push(s);
    }
    return c;
  }
  get size(): number {
    return this.strings.length;
  }
}
