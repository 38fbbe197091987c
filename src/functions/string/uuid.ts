import { randomUUID } from "node:crypto";
import { defineScalar } from "../misc/bind-helpers.js";
import { StringType } from "../../types/data-type.js";

// uuid(): a random version-4 UUID per row; non-deterministic (never constant-folded). Spark seeds
// its generator per partition, so values never match Spark's anyway.
export const uuid = defineScalar({
  name: "uuid",
  minArgs: 0,
  maxArgs: 1,
  bind: () => ({
    returnType: StringType(),
    nullable: false,
    nullIntolerant: false,
    deterministic: false,
    kernel: () => randomUUID(),
  }),
});
