// Expression evaluation: interpreter and whole-stage codegen over batches.
export { evaluate, evaluatePredicate, interpretPipeline } from "./interpreter.js";
export { compileRow } from "./row-compiler.js";
export type { EvalContext } from "./context.js";
export {
  compilePipeline,
  explainCodegen,
  compiledFunctionCount,
  DEFAULT_MAX_NODES,
  type PipelineSpec,
  type PipelineOptions,
  type CompiledPipeline,
} from "./codegen/pipeline.js";
