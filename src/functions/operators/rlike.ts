// RLIKE / REGEXP / REGEXP_LIKE: true when the Java regular expression matches anywhere in the
// string (Matcher.find), through the Java → JS translation of java-regex.ts.

import type { ScalarFunctionDef } from "../function-definition.js";
import { BooleanType } from "../../types/data-type.js";
import { checkArity, constValue, expectString } from "../misc/bind-helpers.js";
import { compileJavaRegex } from "./java-regex.js";

export const rlike: ScalarFunctionDef = {
  kind: "scalar",
  name: "rlike",
  aliases: ["regexp", "regexp_like"],
  bind(args) {
    checkArity("rlike", args, 2);
    const inputTypes = [expectString("rlike", args, 0), expectString("rlike", args, 1)];
    const constant = constValue(args[1]);
    let kernel: (s: string, p: string) => boolean;
    if (typeof constant === "string") {
      const re = compileJavaRegex(constant);
      kernel = (s) => re.test(s);
    } else {
      const cache = new Map<string, RegExp>();
      kernel = (s, p) => {
        let re = cache.get(p);
        if (re === undefined) {
          if (cache.size > 64) cache.clear();
          re = compileJavaRegex(p);
          cache.set(p, re);
        }
        return re.test(s);
      };
    }
    return { returnType: BooleanType(), nullable: false, nullIntolerant: true, inputTypes, kernel };
  },
};
