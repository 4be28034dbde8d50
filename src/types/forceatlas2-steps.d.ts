/**
 * graphology-layout-forceatlas2 types only its whole-run entry point; the layout streams its positions
 * by running the same parts itself (index.js does exactly this): these are the parts it uses.
 */
declare module "graphology-layout-forceatlas2/helpers.js" {
  import type { AbstractGraph } from "graphology-types";
  export function assign<T>(target: T, ...sources: object[]): T;
  export function validateSettings(settings: object): { message: string } | null;
  export function graphToByteArrays(graph: AbstractGraph, getEdgeWeight: () => number): { nodes: Float32Array; edges: Float32Array };
}
declare module "graphology-layout-forceatlas2/iterate.js" {
  export default function iterate(settings: object, nodes: Float32Array, edges: Float32Array): void;
}
declare module "graphology-layout-forceatlas2/defaults.js" {
  const defaults: object;
  export default defaults;
}
