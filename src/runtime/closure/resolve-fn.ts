// Executor side of shipped functions: user functions are compiled once per source text (V8 then
// optimizes them like any other function) and bound to their captured values per task; built-ins
// are looked up in the registry. Inline mode uses the live driver function instead, so
// breakpoints set in the user's source are hit.

import { isFnRef, isShipMarker, type FnRef, type ShipMarker, type UserFnRef } from "./fn-ref.js";
import { liveFunctionOf } from "./ship-function.js";
import { fromWire } from "../serde/wire.js";
import { TaskContext } from "../task/task-context.js";

export type BuiltinFactory = (args: readonly unknown[], env: FnEnv) => Function;

// On globalThis so that a module loaded twice (a plugin bundled on its own) shares the registry.
const builtins: Map<string, BuiltinFactory> = ((globalThis as Record<symbol, unknown>)[Symbol.for("faisca.builtins")] ??= new Map()) as Map<string, BuiltinFactory>;

/** Registers a built-in function kind. Modules that register built-ins must be loaded on the
 *  executors too: list them with registerExecutorPlugin (runtime/executor/plugins.ts). */
export function registerBuiltin(name: string, factory: BuiltinFactory): void {
  builtins.set(name, factory);
}

/** What resolving functions needs from the running executor. */
export interface FnEnv {
  readonly inline: boolean;
  resolveMarker(marker: ShipMarker): unknown;
}

const helperNames = ["__name", "__publicField", "__spreadValues", "__spreadProps", "__objRest", "__async", "TaskContext"];
const helpers: unknown[] = [
  (f: unknown) => f,
  (obj: Record<PropertyKey, unknown>, key: PropertyKey, value: unknown) => {
    obj[key] = value;
    return value;
  },
  (a: object, b: object) => Object.assign(a, b),
  (a: object, b: object) => Object.assign(a, b),
  (src: Record<string, unknown>, exclude: string[]) => {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(src)) if (!exclude.includes(k)) out[k] = src[k];
    return out;
  },
  undefined,
  TaskContext,
];

const factoryCache = new Map<string, Function>();

export function resolveFn(ref: FnRef, env: FnEnv): Function {
  if (ref.$fn === "builtin") {
    const factory = builtins.get(ref.name);
    if (!factory) throw new Error(`Unknown built-in function '${ref.name}' on this executor (is its module registered as an executor plugin?)`);
    return factory(ref.args.map((a) => resolveArg(a, env)), env);
  }
  if (env.inline) {
    const live = liveFunctionOf(ref);
    if (live) return live;
  }
  return compileUserFn(ref, env);
}

/** Resolves function references nested in built-in arguments. */
export function resolveArg(a: unknown, env: FnEnv): unknown {
  return isFnRef(a) ? resolveFn(a, env) : a;
}

function compileUserFn(ref: UserFnRef, env: FnEnv): Function {
  const key = ref.captureNames.join(",") + "\u0000" + ref.source;
  let factory = factoryCache.get(key);
  if (!factory) {
    const safeName = ref.label.replace(/[^A-Za-z0-9_.-]+/g, "_").slice(0, 60);
    factory = new Function(
      ...helperNames,
      ...ref.captureNames,
      `"use strict";\nreturn ${ref.source};\n//# sourceURL=faisca-fn/${safeName}.js`,
    );
    if (factoryCache.size > 5000) factoryCache.clear();
    factoryCache.set(key, factory);
  }
  const values = ref.captureValues.map((v) => (isShipMarker(v) ? env.resolveMarker(v) : fromWire(structuredCloneIfInline(v, env))));
  return factory(...helpers, ...values) as Function;
}

// In inline mode the captured values are the driver's own objects: copy them so a task cannot
// mutate driver state (the same program must behave alike on workers).
function structuredCloneIfInline(v: unknown, env: FnEnv): unknown {
  return env.inline && typeof v === "object" && v !== null ? structuredClone(v) : v;
}
