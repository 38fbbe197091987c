import { defineScalar } from "../misc/bind-helpers.js";
import { DoubleType } from "../../types/data-type.js";

const constant = (name: string, v: number) =>
  defineScalar({
    name,
    minArgs: 0,
    bind: () => ({ returnType: DoubleType(), nullable: false, nullIntolerant: false, inputTypes: [], kernel: () => v }),
  });

export const e = constant("e", Math.E);
export const pi = constant("pi", Math.PI);
