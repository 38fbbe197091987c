import { defineScalar, expectString, strict } from "../misc/bind-helpers.js";
import { IntegerType } from "../../types/data-type.js";

// find_in_set(str, list): 1-based index of str in the comma-separated list; 0 when absent or
// when str itself contains a comma.
export const findInSet = defineScalar({
  name: "find_in_set",
  minArgs: 2,
  bind: (args, _ctx, name) =>
    strict(IntegerType(), [expectString(name, args, 0), expectString(name, args, 1)], (s: string, list: string) =>
      s.includes(",") ? 0 : list.split(",").indexOf(s) + 1,
    ),
});
