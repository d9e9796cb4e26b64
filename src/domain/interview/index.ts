export * from "./types";
export * from "./bank";
export * from "./frameworks";
export * from "./mock";
export * from "./timer";
export * from "./coverage";
// ./suggest is imported by path: it does calendar arithmetic (Temporal), which stays out of client bundles.
