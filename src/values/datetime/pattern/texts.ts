// English (Locale.US) names java.time prints for text fields, which Spark always uses.

import type { TextField, TextStyle } from "./elements.js";

const MONTHS_FULL = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];
const DAYS_FULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** Names indexed by value (month 1..12, ISO day of week 1..7, quarter 1..4, era 0/1, am-pm 0/1). */
export function textNames(field: TextField, style: TextStyle): ReadonlyMap<number, string> {
  const m = new Map<number, string>();
  switch (field) {
    case "month":
      MONTHS_FULL.forEach((n, i) => m.set(i + 1, style === "full" ? n : style === "short" ? n.slice(0, 3) : n[0]!));
      break;
    case "dayOfWeek":
      DAYS_FULL.forEach((n, i) => m.set(i + 1, style === "full" ? n : style === "short" ? n.slice(0, 3) : n[0]!));
      break;
    case "quarter":
      ["1st quarter", "2nd quarter", "3rd quarter", "4th quarter"].forEach((n, i) =>
        m.set(i + 1, style === "full" ? n : style === "short" ? `Q${i + 1}` : String(i + 1)),
      );
      break;
    case "era":
      m.set(0, style === "full" ? "Before Christ" : style === "short" ? "BC" : "B");
      m.set(1, style === "full" ? "Anno Domini" : style === "short" ? "AD" : "A");
      break;
    case "amPm":
      m.set(0, "AM");
      m.set(1, "PM");
      break;
  }
  return m;
}
