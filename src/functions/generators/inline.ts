// inline / inline_outer: one row per struct of an array of structs, columns named after the
// struct's fields.
import type { GeneratorFunctionDef } from "../function-definition.js";
import { checkArity, unexpectedType } from "../misc/bind-helpers.js";

function inlineDef(name: string, outer: boolean): GeneratorFunctionDef {
  return {
    kind: "generator",
    name,
    bind(args) {
      checkArity(name, args, 1);
      const t = args[0]!.dataType;
      if (t.kind !== "array" || t.elementType.kind !== "struct") throw unexpectedType(name, args, 0, '"ARRAY<STRUCT>"');
      const fields = t.elementType.fields;
      const nulls = fields.map(() => null);
      return {
        outputNames: fields.map((f) => f.name),
        outputTypes: fields.map((f) => f.dataType),
        outputNullable: fields.map((f) => f.nullable || outer || t.containsNull),
        inputTypes: [t],
        generate([v]) {
          const a = v as (unknown[] | null)[] | null;
          if (a === null || a.length === 0) return outer ? [nulls] : [];
          return a.map((s) => s ?? nulls);
        },
      };
    },
  };
}

export const inline = inlineDef("inline", false);
export const inlineOuter = inlineDef("inline_outer", true);
