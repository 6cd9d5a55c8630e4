/**
 * Overlapped batch commits
 *
 * The store does most of a commit on its own threads (DuckDB) or on the cluster (ClickHouse), while
 * the main thread would only wait. Keeping one commit in flight lets the next batch be read and
 * parsed meanwhile. Batches still commit one at a time and in order, so every checkpoint stays exact
 * and a killed run resumes as before.
 */

export class BatchCommitter<B> {
  private inflight: Promise<void> | undefined;
  private failed = false;
  private failure: unknown;

  private readonly write: (batch: B) => Promise<void>;

  constructor(write: (batch: B) => Promise<void>) {
    this.write = write;
  }

  /** Starts committing `batch` once the previous commit is done; throws the previous commit's error. */
  async submit(batch: B): Promise<void> {
    await this.drain();
    // The error is kept and thrown at the next submit or drain, not left unhandled meanwhile.
    this.inflight = this.write(batch).catch((err: unknown) => {
      this.failed = true;
      this.failure = err;
    });
  }

  /** Waits for the commit in flight; throws its error if it failed. */
  async drain(): Promise<void> {
    const p = this.inflight;
    this.inflight = undefined;
    if (p) await p;
    if (this.failed) {
      this.failed = false;
      throw this.failure;
    }
  }
}
