// instr(str, substr), locate(substr, str[, pos]), position(substr, str[, pos]): 1-based code
// point positions, 0 when absent. An empty needle is found at 1 (UTF8String.indexOf returns 0
// for it whatever the start); a start position < 1 gives 0; a null start gives 0 (Hive).
import { defineScalar, expectInt, expectString, strict } from "../misc/bind-helpers.js";
import { IntegerType } from "../../types/data-type.js";
import { cpIndex, hasSurrogates, unitIndex } from "./code-points.js";

/** 0-based code point index of `needle` in `s` at or after code point `from`, or -1. */
export function indexOfCp(s: string, needle: string, from: number): number {
  if (needle.length === 0) return 0;
  if (!hasSurrogates(s)) return s.indexOf(needle, from);
  const u = s.indexOf(needle, unitIndex(s, from));
  return u < 0 ? -1 : cpIndex(s, u);
}

export const instr = defineScalar({
  name: "instr",
  minArgs: 2,
  bind: (args, _ctx, name) =>
    strict(IntegerType(), [expectString(name, args, 0), expectString(name, args, 1)], (s: string, sub: string) =>
      indexOfCp(s, sub, 0) + 1,
    ),
});

function locateKernel(sub: string | null, s: string | null, pos: number | null = 1): number | null {
  if (pos === null) return 0;
  if (sub === null || s === null) return null;
  if (pos < 1) return 0;
  return indexOfCp(s, sub, pos - 1) + 1;
}

function locateDef(name: string) {
  return defineScalar({
    name,
    minArgs: 2,
    maxArgs: 3,
    bind: (args, _ctx, fn) => {
      const inputTypes = [expectString(fn, args, 0), expectString(fn, args, 1)];
      if (args.length === 3) inputTypes.push(expectInt(fn, args, 2));
      return {
        returnType: IntegerType(),
        nullable: args[0]!.nullable || args[1]!.nullable,
        nullIntolerant: false,
        inputTypes,
        kernel: locateKernel,
      };
    },
  });
}

export const locate = locateDef("locate");
export const position = locateDef("position");
