export * from "./lexicon";
export * from "./analyze";
export * from "./coverage";
