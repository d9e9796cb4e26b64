export * from "./lexicon";
export * from "./analyze";
