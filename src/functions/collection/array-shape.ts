// slice, sequence, flatten, array_repeat, arrays_zip, shuffle.
import { SparkRuntimeException } from "../../errors/spark-error.js";
import { defineScalar, expectInt, strict, unexpectedType } from "../misc/bind-helpers.js";
import { ArrayType, IntegerType, LongType, StructField, StructType, isIntegral } from "../../types/data-type.js";
import { findWiderCommonType } from "../../plan/analyzer/type-coercion/index.js";
import { expectArray } from "./array-support.js";
import { bindDatetimeSequence } from "./sequence-datetime.js";

export const slice = defineScalar({
  name: "slice",
  minArgs: 3,
  bind: (args, _ctx, name) => {
    const t = expectArray(name, args, 0);
    return strict(t, [t, expectInt(name, args, 1), expectInt(name, args, 2)], (a: unknown[], start: number, len: number) => {
      if (start === 0) {
        throw new SparkRuntimeException("INVALID_PARAMETER_VALUE.START", { parameter: "`start`", functionName: "`slice`" });
      }
      if (len < 0) {
        throw new SparkRuntimeException("INVALID_PARAMETER_VALUE.LENGTH", {
          parameter: "`length`",
          functionName: "`slice`",
          length: String(len),
        });
      }
      const s = start > 0 ? start - 1 : a.length + start;
      if (s < 0 || s >= a.length) return [];
      return a.slice(s, s + len);
    });
  },
});

/** sequence(start, stop[, step]) for integral types (step defaults to ±1), dates and
 *  timestamps (an interval step; sequence-datetime.ts). */
export const sequence = defineScalar({
  name: "sequence",
  minArgs: 2,
  maxArgs: 3,
  bind: (args, ctx, name) => {
    const bounds = findWiderCommonType(args.slice(0, 2).map((a) => a.dataType));
    const stepType = args[2]?.dataType;
    const isInterval = stepType === undefined || INTERVAL_KINDS.has(stepType.kind);
    if (bounds && (bounds.kind === "date" || bounds.kind === "timestamp" || bounds.kind === "timestamp_ntz") && isInterval) {
      return bindDatetimeSequence(bounds, args.map((a) => a.dataType), ctx.timeZone);
    }
    const t = findWiderCommonType(args.map((a) => a.dataType));
    if (!t || !(isIntegral(t) || t.kind === "null")) {
      throw unexpectedType(name, args, 0, '("INTEGRAL" or "DATE" or "TIMESTAMP")');
    }
    const et = t.kind === "null" ? IntegerType() : t;
    const isLong = et.kind === "long";
    return strict(ArrayType(et, false), args.map(() => et), (start: any, stop: any, step?: any) => {
      const a = BigInt(start);
      const b = BigInt(stop);
      const s = step === undefined ? (a <= b ? 1n : -1n) : BigInt(step);
      if ((s === 0n && a !== b) || (s > 0n && a > b) || (s < 0n && a < b)) {
        throw new SparkRuntimeException("ILLEGAL_ARGUMENT_SEQUENCE" as string, { start: String(start), stop: String(stop), step: String(step) });
      }
      const out: unknown[] = [];
      if (s === 0n) return [start];
      for (let v = a; s > 0n ? v <= b : v >= b; v += s) out.push(isLong ? v : Number(v));
      return out;
    });
  },
});

const INTERVAL_KINDS = new Set(["year_month_interval", "day_time_interval", "calendar_interval"]);

export const flatten = defineScalar({
  name: "flatten",
  minArgs: 1,
  bind: (args, _ctx, name) => {
    const t = args[0]!.dataType;
    if (t.kind !== "array" || t.elementType.kind !== "array") throw unexpectedType(name, args, 0, '"ARRAY" of "ARRAY"');
    const inner = t.elementType;
    return strict(ArrayType(inner.elementType, inner.containsNull), [t], (a: (unknown[] | null)[]) => {
      if (a.some((x) => x === null)) return null;
      return ([] as unknown[]).concat(...(a as unknown[][]));
    }, t.containsNull);
  },
});

export const arrayRepeat = defineScalar({
  name: "array_repeat",
  minArgs: 2,
  bind: (args, _ctx, name) => {
    const et = args[0]!.dataType;
    return {
      returnType: ArrayType(et, args[0]!.nullable),
      nullable: args[1]!.nullable,
      nullIntolerant: false,
      inputTypes: [et, expectInt(name, args, 1)],
      kernel: (v: unknown, n: number | null) => (n === null ? null : Array.from({ length: Math.max(n, 0) }, () => v)),
    };
  },
});

export const arraysZip = defineScalar({
  name: "arrays_zip",
  minArgs: 0,
  maxArgs: Infinity,
  bind: (args, _ctx, name) => {
    const ts = args.map((_, i) => expectArray(name, args, i));
    // Fields are named after column arguments, else by position ("0", "1", ...).
    const names = args.map((a, i) => (!a.foldable && a.sql && /^[A-Za-z_][A-Za-z0-9_]*$/.test(a.sql) ? a.sql : String(i)));
    const st = StructType(ts.map((t, i) => StructField(names[i]!, t.elementType, true)));
    return strict(ArrayType(st, false), ts, (...as: unknown[][]) => {
      const n = Math.max(0, ...as.map((a) => a.length));
      return Array.from({ length: n }, (_, i) => as.map((a) => (i < a.length ? a[i] : null)));
    });
  },
});

export const shuffle = defineScalar({
  name: "shuffle",
  minArgs: 1,
  maxArgs: 2,
  bind: (args, _ctx, name) => {
    const t = expectArray(name, args, 0);
    return {
      returnType: t,
      nullable: false,
      nullIntolerant: true,
      deterministic: false,
      inputTypes: [t],
      kernel: (a: unknown[]) => {
        const out = a.slice();
        for (let i = out.length - 1; i > 0; i--) {
          const j = Math.floor(Math.random() * (i + 1));
          [out[i], out[j]] = [out[j], out[i]];
        }
        return out;
      },
    };
  },
});
void LongType;
