/** Public surface of the history domain: date bucketing for the charts and the re-assessment rule. Pure. */
export {
  addDays,
  dayLabel,
  daysBetween,
  monthName,
  shortDate,
  startOfDay,
  startOfWeek,
  weekdayIndex,
  weekdayName,
  WEEK_DAYS,
} from "./dates";
export { busiestWeek, weeklyCounts, DEFAULT_CHART_WEEKS, type WeekCount, type WeeklyCounts, type WeeklyCountsOptions } from "./weeks";
export {
  activityHeatmap,
  actionsLabel,
  intensityOf,
  HEATMAP_WEEKS,
  MAX_INTENSITY,
  type Heatmap,
  type HeatmapDay,
  type Intensity,
} from "./heatmap";
export {
  continuityAdvice,
  daysAgo,
  REASSESS_AFTER_DAYS,
  REASSESS_AT_PERCENT,
  type Continuity,
  type ContinuityInput,
  type ReassessReason,
} from "./continuity";
