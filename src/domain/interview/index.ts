export * from "./types";
export * from "./bank";
export * from "./frameworks";
export * from "./suggest";
export * from "./mock";
export * from "./timer";
export * from "./coverage";
