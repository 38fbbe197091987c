// The one function registry: SQL names and F.* share it. Each function file registers itself
// through a category index (src/functions/<category>/index.ts) imported by all.ts.

import type { FunctionDef } from "./function-definition.js";

const byName = new Map<string, FunctionDef>();
/** Names registered more than once (the first registration wins); a test keeps this empty. */
export const duplicateRegistrations: string[] = [];

export function registerFunction(def: FunctionDef): void {
  for (const name of [def.name, ...("aliases" in def && def.aliases ? def.aliases : [])]) {
    const key = name.toLowerCase();
    if (byName.has(key)) {
      duplicateRegistrations.push(name);
      continue;
    }
    byName.set(key, def);
  }
}

/** Case-insensitive lookup, as Spark's function registry. */
export function lookupFunction(name: string): FunctionDef | undefined {
  return byName.get(name.toLowerCase());
}

export function listFunctions(): string[] {
  return [...byName.keys()].sort();
}
