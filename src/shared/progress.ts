/**
 * Progress reporting
 *
 * Long work reports progress through this interface; the CLI renders it as a bar with rate and ETA,
 * the server as job status, tests ignore it. Stages never print directly.
 */

export interface Progress {
  /** Starts (or restarts) a phase with an optional total (bytes, items). */
  start(label: string, total?: number, unit?: string): void;
  /** Sets the absolute amount done in the current phase. */
  update(done: number): void;
  /** Ends the current phase. */
  stop(): void;
}

/** A progress sink that does nothing (tests, library use). */
export const SILENT_PROGRESS: Progress = {
  start() {},
  update() {},
  stop() {},
};
