import { defineScalar, expectString, strict } from "../misc/bind-helpers.js";
import { StringType } from "../../types/data-type.js";

// replace(str, search[, replace='']): every occurrence; an empty search leaves str unchanged.
export const replace = defineScalar({
  name: "replace",
  minArgs: 2,
  maxArgs: 3,
  bind: (args, _ctx, name) => {
    const types = args.map((_, i) => expectString(name, args, i));
    return strict(StringType(), types, (s: string, search: string, rep = "") =>
      search.length === 0 ? s : s.split(search).join(rep),
    );
  },
});
