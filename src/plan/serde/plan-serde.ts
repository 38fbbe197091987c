// A resolved plan fragment to plain data and back (per node kind through the plan tree API:
// mapPlanExpressions / transformPlanUp). The inputs of a fragment — what an exchange, a union or
// a driver-side source feeds it — are "stage input" stubs: empty local scans whose
// numPartitions encodes the input index as -1 - index, so the RPlan type stays as it is and the
// stub survives structured cloning.

import type { AttributeRef } from "../expr/resolved.js";
import type { LocalScan, RPlan } from "../logical/resolved.js";
import { mapPlanExpressions, transformPlanUp } from "../logical/plan-transform.js";
import { deserializeExpr, NotDistributable, serializeExpr, type RebuildEnv, type SerializedExpr } from "./expr-serde.js";
import { decodeInternal, encodeInternal } from "./wire-values.js";

/** A plan whose expressions are serialized (see expr-serde.ts); opaque data for the executor. */
export type SerializedPlan = RPlan & { readonly __serialized?: true };

export function stageInput(index: number, output: readonly AttributeRef[]): LocalScan {
  return { kind: "local_scan", rows: [], numPartitions: -1 - index, output };
}

/** The input index of a stage-input stub, or -1 for any other node. */
export const stageInputIndex = (p: RPlan): number => (p.kind === "local_scan" && p.numPartitions < 0 ? -1 - p.numPartitions : -1);

export function serializePlan(plan: RPlan): SerializedPlan {
  return transformPlanUp(plan, (node) => {
    switch (node.kind) {
      case "file_scan":
      case "cached_scan":
        throw new NotDistributable(`${node.kind} runs on the driver`);
      case "local_scan":
        return stageInputIndex(node) >= 0 ? node : { ...node, rows: node.rows.map((r) => encodeInternal(r) as unknown[]) };
      default:
        return mapPlanExpressions(node, serializeExpr);
    }
  }) as SerializedPlan;
}

export function deserializePlan(plan: SerializedPlan, env: RebuildEnv): RPlan {
  return transformPlanUp(plan, (node) => {
    if (node.kind === "local_scan") {
      return stageInputIndex(node) >= 0 ? node : { ...node, rows: node.rows.map((r) => decodeInternal(r) as unknown[]) };
    }
    return mapPlanExpressions(node, (e) => deserializeExpr(e as SerializedExpr, env));
  });
}
