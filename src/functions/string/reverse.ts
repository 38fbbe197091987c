// reverse: code points of a string reversed, or the elements of an array.
import { defineScalar, implicitlyCastable, strict, unexpectedType } from "../misc/bind-helpers.js";
import { StringType } from "../../types/data-type.js";

export const reverse = defineScalar({
  name: "reverse",
  minArgs: 1,
  bind: (args, _ctx, name) => {
    const t = args[0]!.dataType;
    if (t.kind === "array") return strict(t, [t], (a: unknown[]) => a.slice().reverse());
    if (!implicitlyCastable(t, StringType())) throw unexpectedType(name, args, 0, '("STRING" or "ARRAY")');
    return strict(StringType(), [StringType()], (s: string) => Array.from(s).reverse().join(""));
  },
});
