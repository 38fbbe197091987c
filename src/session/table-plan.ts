// The plan that reads a catalog table: its files, in its format, with its options and schema
// (data columns then partition columns; partition values come from the directory names).
// One plan object per table definition: query preparation (file schemas) and analysis look the
// name up separately and must meet the same node.
import type { LogicalPlan } from "../plan/logical/unresolved.js";
import { newPlanId } from "../plan/logical/unresolved.js";
import type { TableDefinition } from "./catalog.js";

const plans = new WeakMap<TableDefinition, LogicalPlan>();

export function tablePlan(def: TableDefinition): LogicalPlan {
  let plan = plans.get(def);
  if (!plan) {
    plan = {
      kind: "read_files",
      planId: newPlanId(),
      format: def.format,
      paths: [def.location],
      ...(def.schema ? { schema: def.schema } : {}),
      options: def.options,
    };
    plans.set(def, plan);
  }
  return plan;
}
