// get_json_object(json, path): the value at a JSONPath ($, .name, ['name'], [index], [*], .*)
// as a string (strings unquoted, other values as compact JSON); null when absent or invalid.
import { defineScalar, expectString, strict } from "../misc/bind-helpers.js";
import { StringType } from "../../types/data-type.js";
import { JsonObject, type JsonValue } from "../../io/formats/json/parser.js";
import { jacksonText } from "./jackson-text.js";

import { parseJson } from "./json-parse.js";

type Step = { kind: "key"; name: string } | { kind: "index"; index: number } | { kind: "wild" };

/** Parses Spark's JSONPath subset; null when the path is invalid. */
export function parseJsonPath(path: string): Step[] | null {
  if (!path.startsWith("$")) return null;
  const steps: Step[] = [];
  let i = 1;
  while (i < path.length) {
    if (path[i] === ".") {
      i++;
      if (path[i] === "*") {
        steps.push({ kind: "wild" });
        i++;
        continue;
      }
      let j = i;
      while (j < path.length && path[j] !== "." && path[j] !== "[") j++;
      if (j === i) return null;
      steps.push({ kind: "key", name: path.slice(i, j) });
      i = j;
    } else if (path[i] === "[") {
      const close = path.indexOf("]", i);
      if (close < 0) return null;
      const inner = path.slice(i + 1, close);
      if (inner === "*") steps.push({ kind: "wild" });
      else if (/^\d+$/.test(inner)) steps.push({ kind: "index", index: Number(inner) });
      else if (/^'.*'$/.test(inner)) steps.push({ kind: "key", name: inner.slice(1, -1) });
      else return null;
      i = close + 1;
    } else return null;
  }
  return steps;
}

function evalPath(v: JsonValue, steps: readonly Step[], at: number): JsonValue[] {
  if (at === steps.length) return [v];
  const s = steps[at]!;
  if (s.kind === "key") {
    if (!(v instanceof JsonObject)) return [];
    const x = v.get(s.name);
    return x === undefined ? [] : evalPath(x, steps, at + 1);
  }
  if (s.kind === "index") return Array.isArray(v) && s.index < v.length ? evalPath(v[s.index]!, steps, at + 1) : [];
  const items = Array.isArray(v) ? v : v instanceof JsonObject ? v.values : [];
  return items.flatMap((x) => evalPath(x, steps, at + 1));
}

export function getJsonObject(json: string, path: string): string | null {
  const steps = parseJsonPath(path);
  if (!steps) return null;
  const v = parseJson(json);
  if (v === undefined) return null;
  const found = evalPath(v, steps, 0);
  const wild = steps.some((s) => s.kind === "wild");
  if (found.length === 0) return null;
  if (wild && found.length > 1) return "[" + found.map(jacksonText).join(",") + "]";
  const x = found[0]!;
  if (x === null) return null;
  // a string is returned raw, except as the one match of a wildcard (written as JSON)
  return typeof x === "string" && !wild ? x : jacksonText(x);
}

export const getJsonObjectFn = defineScalar({
  name: "get_json_object",
  minArgs: 2,
  maxArgs: 2,
  bind: (args, _ctx, name) => ({
    ...strict(StringType(), [expectString(name, args, 0), expectString(name, args, 1)], getJsonObject),
    nullable: true,
  }),
});
