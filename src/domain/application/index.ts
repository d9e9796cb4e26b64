export * from "./model";
export * from "./funnel";
export * from "./schemas";
export * from "./follow-up";
export * from "./sort";
