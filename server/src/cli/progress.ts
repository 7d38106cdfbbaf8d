/** Below this many drafts a run is quick and says nothing on stderr about its progress. */
export const MANY_DRAFTS = 20;

interface Stream {
  isTTY?: boolean;
  write(s: string): unknown;
}

/**
 * The progress line on stderr when checking many drafts. On a terminal it counts up in place
 * (at most ten times a second); in a CI log, where `\r` makes a mess, it prints one line when
 * the run starts and one when it ends.
 */
export class Progress {
  private last = 0;

  constructor(
    private readonly total: number,
    private readonly threads: number,
    private readonly stream: Stream = process.stderr,
  ) {
    if (this.quiet) return;
    this.stream.write(this.stream.isTTY ? this.line(0) : `factdesk: checking ${total} drafts on ${threads} thread${threads === 1 ? '' : 's'}\n`);
  }

  update(done: number): void {
    if (this.quiet || !this.stream.isTTY) return;
    const now = Date.now();
    if (now - this.last < 100 && done < this.total) return;
    this.last = now;
    this.stream.write(this.line(done));
  }

  finish(): void {
    if (this.quiet) return;
    // On a terminal, clear the counting line so the findings start on a clean one.
    this.stream.write(this.stream.isTTY ? '\r\x1b[K' : `factdesk: checked ${this.total} drafts\n`);
  }

  private get quiet(): boolean {
    return this.total < MANY_DRAFTS;
  }

  private line(done: number): string {
    return `\rfactdesk: checked ${done}/${this.total} drafts on ${this.threads} thread${this.threads === 1 ? '' : 's'}`;
  }
}
