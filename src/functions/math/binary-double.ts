// Two-argument double functions: pow/power, atan2, hypot, log(base, x).
import { defineScalar, expectDouble, strict } from "../misc/bind-helpers.js";
import { DoubleType } from "../../types/data-type.js";

export const pow = defineScalar({
  name: "pow",
  aliases: ["power"],
  minArgs: 2,
  bind: (args, _ctx, name) => strict(DoubleType(), [expectDouble(name, args, 0), expectDouble(name, args, 1)], Math.pow),
});

export const atan2 = defineScalar({
  name: "atan2",
  minArgs: 2,
  bind: (args, _ctx, name) =>
    strict(DoubleType(), [expectDouble(name, args, 0), expectDouble(name, args, 1)], (y: number, x: number) =>
      // Java's atan2 maps -0.0 to 0.0 in Spark's Atan2 (it adds 0.0 to both arguments).
      Math.atan2(y + 0, x + 0),
    ),
});

export const hypot = defineScalar({
  name: "hypot",
  minArgs: 2,
  bind: (args, _ctx, name) => strict(DoubleType(), [expectDouble(name, args, 0), expectDouble(name, args, 1)], Math.hypot),
});

/** log(x) = ln(x); log(base, x): null when base ≤ 0 or x ≤ 0. */
export const log = defineScalar({
  name: "log",
  minArgs: 1,
  maxArgs: 2,
  bind: (args, _ctx, name) => {
    if (args.length === 1) {
      return strict(DoubleType(), [expectDouble(name, args, 0)], (x: number) => (x <= 0 ? null : Math.log(x)), true);
    }
    return strict(
      DoubleType(),
      [expectDouble(name, args, 0), expectDouble(name, args, 1)],
      (b: number, x: number) => (b <= 0 || x <= 0 ? null : Math.log(x) / Math.log(b)),
      true,
    );
  },
});
