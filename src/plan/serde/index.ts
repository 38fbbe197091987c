// Plan serialization: resolved plans and expressions as plain data for executors, rebuilt there
// through the function registry.
export { serializePlan, deserializePlan, stageInput, stageInputIndex, type SerializedPlan } from "./plan-serde.js";
export { serializeExpr, deserializeExpr, NotDistributable, type SerializedExpr, type RebuildEnv, type FnDescriptor } from "./expr-serde.js";
export { serializeFnContext, deserializeFnContext, type SerializedFnContext } from "./fn-context.js";
export { encodeInternal, decodeInternal } from "./wire-values.js";
export { SPECIAL_CALLS, specialCallFor, type SpecialCall } from "./special-calls.js";
