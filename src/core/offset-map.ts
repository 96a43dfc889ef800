/**
 * Maps offsets in a derived text (the cleaned article text) back to offsets in
 * the source it came from (the raw file or HTML). Built by appending pieces in
 * order, so the map is correct by construction.
 */
export class OffsetMap {
  /** Flat triples: [textStart, sourceStart, length] per copied piece. */
  private readonly segs: number[] = [];

  /** Records that `length` characters at `textStart` were copied from `sourceStart`. */
  add(textStart: number, sourceStart: number, length: number): void {
    if (length <= 0) return;
    const n = this.segs.length;
    // Merge with the previous piece when contiguous in both texts.
    if (n && this.segs[n - 3]! + this.segs[n - 1]! === textStart && this.segs[n - 2]! + this.segs[n - 1]! === sourceStart) {
      this.segs[n - 1]! += length;
      return;
    }
    this.segs.push(textStart, sourceStart, length);
  }

  /** Source offset of a text offset, or null for synthetic characters (separators, decoded entities' tails). */
  toSource(textOffset: number): number | null {
    let lo = 0;
    let hi = this.segs.length / 3 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = this.segs[mid * 3]!;
      const len = this.segs[mid * 3 + 2]!;
      if (textOffset < t) hi = mid - 1;
      else if (textOffset >= t + len) lo = mid + 1;
      else return this.segs[mid * 3 + 1]! + (textOffset - t);
    }
    return null;
  }

  /** Number of copied pieces (for tests and diagnostics). */
  get size(): number {
    return this.segs.length / 3;
  }

  toJSON(): number[] {
    return [...this.segs];
  }
}
