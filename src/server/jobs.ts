import { randomUUID } from "node:crypto";
import type { ImportResult } from "./data-source.js";

/** A running or finished import, polled by the UI for live progress. */
export interface Job {
  id: string;
  status: "running" | "done" | "failed";
  done: number;
  total: number;
  result?: ImportResult;
  error?: string;
}

/** Import jobs in memory; finished jobs are kept for a while, then dropped, so memory stays bounded. */
export class JobRegistry {
  private readonly jobs = new Map<string, Job>();

  start(work: (progress: (done: number, total: number) => void) => Promise<ImportResult>): Job {
    const job: Job = { id: randomUUID(), status: "running", done: 0, total: 0 };
    this.jobs.set(job.id, job);
    if (this.jobs.size > 200) this.jobs.delete(this.jobs.keys().next().value!);
    work((done, total) => Object.assign(job, { done, total })).then(
      (result) => Object.assign(job, { status: "done", result }),
      (err: Error) => Object.assign(job, { status: "failed", error: err.message }),
    );
    return job;
  }

  get(id: string): Job | null {
    return this.jobs.get(id) ?? null;
  }
}
