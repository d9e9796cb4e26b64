/** Public surface of the history domain: date bucketing for the charts and the re-assessment rule. Pure. */
export { addDays, dayLabel, monthName, shortDate, startOfWeek, WEEK_DAYS } from "./dates";
export { busiestWeek, weeklyCounts, type WeeklyCounts } from "./weeks";
export { activityHeatmap, actionsLabel, HEATMAP_WEEKS, type Heatmap, type Intensity } from "./heatmap";
export { continuityAdvice, daysAgo, REASSESS_AFTER_DAYS, type ReassessReason } from "./continuity";
