// Driver side of shipping a user function: parse its source at the call site, find free
// identifiers, and refuse (naming them) any that are neither JS globals, transpiler helpers nor
// declared captures. The same check runs under every master, local[1] and inline mode included,
// so a program that works locally works everywhere.

import detectGlobals from "acorn-globals";
import { capturesOf } from "./capture.js";
import { SHIP_MARKER, type UserFnRef } from "./fn-ref.js";
import { toWire } from "../serde/wire.js";

/** Helpers esbuild/tsx/tsc inject into function bodies; executors define them. */
export const TRANSPILER_HELPERS = ["__name", "__publicField", "__spreadValues", "__spreadProps", "__objRest", "__async"];

const STANDARD_GLOBALS = new Set<string>([
  ...Object.getOwnPropertyNames(globalThis),
  "undefined", "NaN", "Infinity", "globalThis", "arguments", "console", "process", "Buffer",
  "URL", "URLSearchParams", "TextEncoder", "TextDecoder", "structuredClone", "queueMicrotask",
  "setTimeout", "clearTimeout", "setInterval", "clearInterval", "setImmediate", "clearImmediate",
  "performance", "crypto", "fetch", "atob", "btoa", "AbortController", "Intl", "WebAssembly",
  ...TRANSPILER_HELPERS,
  // Engine globals available inside shipped functions.
  "TaskContext",
]);
// Globals that would silently differ between driver and executors.
for (const n of ["global", "require", "module", "exports", "__filename", "__dirname"]) STANDARD_GLOBALS.delete(n);

let nextFnId = 1;
const analysisCache = new Map<string, { expr: string; free: string[] }>();
const liveFunctions = new WeakMap<UserFnRef, Function>();

export class ClosureError extends Error {
  override name = "ClosureError";
}

/** The live function a reference was made from (inline mode runs it, so breakpoints work). */
export const liveFunctionOf = (ref: UserFnRef): Function | undefined => liveFunctions.get(ref);

export function shipFunction(fn: unknown, label: string): UserFnRef {
  if (typeof fn !== "function") throw new TypeError(`${label}: expected a function, got ${typeof fn}`);
  const src = Function.prototype.toString.call(fn);
  if (/\{\s*\[native code\]\s*\}\s*$/.test(src)) {
    const what = fn.name.startsWith("bound ") ? "a bound function" : "a native function";
    throw new ClosureError(
      `${label}: cannot ship ${what} (${fn.name || "anonymous"}) to executors; pass an arrow function or function expression instead, with captured values via capture({ ... }, fn)`,
    );
  }
  let analysis = analysisCache.get(src);
  if (!analysis) {
    analysis = analyze(src, label);
    if (analysisCache.size > 10_000) analysisCache.clear();
    analysisCache.set(src, analysis);
  }
  const captures = capturesOf(fn) ?? {};
  const missing = analysis.free.filter((n) => !(n in captures));
  if (missing.length > 0) {
    const names = missing.map((n) => `'${n}'`).join(", ");
    const sample = missing.map((n) => n).join(", ");
    throw new ClosureError(
      `${label}: the function refers to ${names}, which ${missing.length > 1 ? "are" : "is"} not ${missing.length > 1 ? "JavaScript globals" : "a JavaScript global"} and cannot be sent to executors. ` +
        `Declare captured values explicitly — capture({ ${sample} }, fn) — or use a broadcast variable (also passed through capture). Imported modules can be loaded inside the function with a captured value or a global.\n  function: ${abbreviate(src)}`,
    );
  }
  const captureNames = Object.keys(captures);
  const captureValues = captureNames.map((n) => shipValue(captures[n]));
  const ref: UserFnRef = { $fn: "user", id: nextFnId++, source: analysis.expr, label, captureNames, captureValues };
  liveFunctions.set(ref, fn);
  return ref;
}

function shipValue(v: unknown): unknown {
  if (typeof v === "function") {
    throw new ClosureError("capture(): captured values must be data (functions cannot be captured; ship them as their own argument)");
  }
  if (typeof v === "object" && v !== null && SHIP_MARKER in v) {
    return (v as { [SHIP_MARKER](): unknown })[SHIP_MARKER]();
  }
  return toWire(v);
}

function analyze(src: string, label: string): { expr: string; free: string[] } {
  // Arrow functions and function expressions parse as expressions; methods (`double(x) {...}`)
  // need an object literal around them.
  const candidates = [`(${src})`, `(Object.values({ ${src} })[0])`];
  let lastError: unknown;
  for (const expr of candidates) {
    try {
      const refs = detectGlobals(expr, { ecmaVersion: "latest", sourceType: "script", allowReturnOutsideFunction: false });
      const free = refs.map((r) => r.name).filter((n) => !STANDARD_GLOBALS.has(n));
      return { expr, free: [...new Set(free)] };
    } catch (e) {
      lastError = e;
    }
  }
  throw new ClosureError(`${label}: could not parse the function's source to ship it to executors (${String(lastError)}):\n  ${abbreviate(src)}`);
}

function abbreviate(src: string): string {
  const one = src.replace(/\s+/g, " ");
  return one.length > 160 ? one.slice(0, 157) + "..." : one;
}
