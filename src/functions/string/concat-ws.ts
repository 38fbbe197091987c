// concat_ws(sep, ...): skips null arguments and null array elements; null separator → null.
import { defineScalar, expectString, unexpectedType } from "../misc/bind-helpers.js";
import { ArrayType, StringType, type DataType } from "../../types/data-type.js";
import { implicitlyCastable } from "../misc/bind-helpers.js";

export const concatWs = defineScalar({
  name: "concat_ws",
  minArgs: 1,
  maxArgs: Infinity,
  bind: (args, _ctx, name) => {
    const inputTypes: DataType[] = [expectString(name, args, 0)];
    for (let i = 1; i < args.length; i++) {
      const t = args[i]!.dataType;
      if (t.kind === "array" && implicitlyCastable(t.elementType, StringType())) {
        inputTypes.push(ArrayType(StringType(), t.containsNull));
      } else if (implicitlyCastable(t, StringType())) {
        inputTypes.push(StringType());
      } else {
        throw unexpectedType(name, args, i, '("ARRAY<STRING>" or "STRING")');
      }
    }
    return {
      returnType: StringType(),
      nullable: args[0]!.nullable,
      nullIntolerant: false,
      inputTypes,
      kernel: (sep: string | null, ...xs: unknown[]) => {
        if (sep === null) return null;
        const parts: string[] = [];
        for (const x of xs) {
          if (x === null) continue;
          if (Array.isArray(x)) {
            for (const e of x) if (e !== null) parts.push(e as string);
          } else parts.push(x as string);
        }
        return parts.join(sep);
      },
    };
  },
});
