import type { RunProgress } from "../engine/run-analysis.js";

/**
 * A one-line progress display on a terminal: counts and rate, redrawn at most
 * ten times a second. Writes nothing when the stream is not a terminal, so
 * piped and --json runs stay clean.
 */
export class ProgressLine {
  private last = 0;
  private shown = false;

  constructor(
    private readonly out: NodeJS.WritableStream & { isTTY?: boolean },
    private readonly enabled = Boolean(out.isTTY),
  ) {}

  update(p: RunProgress, force = false): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (!force && now - this.last < 100) return;
    this.last = now;
    const secs = Math.max(p.elapsedMs / 1000, 1e-3);
    const rate = p.articles / secs;
    const mb = p.bytes / 1e6;
    const parts = [
      p.phase === "ingest" ? "analysing" : "grouping stories",
      `${p.articles} articles`,
      `${rate.toFixed(0)}/s`,
      `${mb.toFixed(1)} MB`,
    ];
    if (p.duplicates) parts.push(`${p.duplicates} already stored`);
    if (p.failed) parts.push(`${p.failed} failed`);
    this.out.write(`\r\x1b[2K${parts.join(" · ")}`);
    this.shown = true;
  }

  /** Clears the line so that the next output starts on a clean line. */
  clear(): void {
    if (this.shown) this.out.write("\r\x1b[2K");
    this.shown = false;
  }
}
