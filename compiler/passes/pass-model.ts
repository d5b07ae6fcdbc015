import type { Graph } from "../ir/types.ts";
import type { Weights } from "../weights/bind.ts";
import type { OpSchedule } from "../backend/kernel-table.ts";

/** What passes transform: the graph, and its weights when they are loaded. */
export interface PassModel {
  graph: Graph;
  weights?: Weights;
  /** What runs each op on each backend, once the lowering pass has decided it. */
  schedule?: OpSchedule[];
}
