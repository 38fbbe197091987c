// The plan that reads a catalog table: its files, in its format, with its options and schema
// (data columns then partition columns; partition values come from the directory names).
import type { LogicalPlan } from "../plan/logical/unresolved.js";
import { newPlanId } from "../plan/logical/unresolved.js";
import type { TableDefinition } from "./catalog.js";

export function tablePlan(def: TableDefinition): LogicalPlan {
  return {
    kind: "read_files",
    planId: newPlanId(),
    format: def.format,
    paths: [def.location],
    ...(def.schema ? { schema: def.schema } : {}),
    options: def.options,
  };
}
