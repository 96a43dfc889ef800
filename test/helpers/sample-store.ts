import { runAnalysis } from "../../src/engine/run-analysis.js";
import { StoreDataSource } from "../../src/server/data-source.js";
import { openStore, type Store } from "../../src/store/store.js";

/** A fresh in-memory store holding the bundled sample, analysed and reconciled. */
export async function sampleStore(): Promise<{ store: Store; source: StoreDataSource }> {
  const store = await openStore(":memory:");
  await runAnalysis(["samples"], { store });
  return { store, source: new StoreDataSource(store) };
}
