import type { Graph } from "../ir/types.ts";
import type { Weights } from "../weights/bind.ts";

/** What passes transform: the graph, and its weights when they are loaded. */
export interface PassModel {
  graph: Graph;
  weights?: Weights;
}
