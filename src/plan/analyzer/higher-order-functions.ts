// Higher-order functions (transform, filter, exists, forall, aggregate/reduce, zip_with,
// map_filter, transform_keys/values, array_sort with a comparator): the lambda parameters get
// their types from the other arguments, then the body is resolved with them in scope.

import { AnalysisException, quoteId } from "../../errors/spark-error.js";
import { ArrayType, BooleanType, IntegerType, MapType, type DataType } from "../../types/data-type.js";
import type { Expr, LambdaFunction } from "../expr/unresolved.js";
import type { RExpr, RLambda } from "../expr/resolved.js";
import type { Scope } from "./scope.js";
import type { ExprOptions, ExprResolver } from "./resolve-expression.js";

let nextVarId = 1;

export function resolveHigherOrder(res: ExprResolver, name: string, rawArgs: readonly Expr[], scope: Scope, opts: ExprOptions): RExpr {
  const plain = rawArgs.filter((a) => a.kind !== "lambda_function").map((a) => res.resolve(a, scope, opts));
  const lambdasRaw = rawArgs.filter((a): a is LambdaFunction => a.kind === "lambda_function");
  const first = plain[0];
  if (!first) throw new AnalysisException("WRONG_NUM_ARGS.WITHOUT_SUGGESTION", { functionName: quoteId(name), expectedNum: "2", actualNum: "1", docroot: "https://spark.apache.org/docs/latest" });
  const elem = first.dataType.kind === "array" ? first.dataType.elementType : null;
  const mapK = first.dataType.kind === "map" ? first.dataType.keyType : null;
  const mapV = first.dataType.kind === "map" ? first.dataType.valueType : null;
  const lambdas: RLambda[] = [];
  const bindLambda = (l: LambdaFunction, types: DataType[]): RLambda => {
    const params = l.args.map((a, i) => ({ kind: "lambda_var" as const, name: a.name, varId: nextVarId++, dataType: types[i] ?? IntegerType(), nullable: true }));
    res.lambdaVars.push(new Map(params.map((p) => [p.name.toLowerCase(), p])));
    try {
      const body = res.resolve(l.fn, scope, opts);
      return { kind: "lambda", params, body, dataType: body.dataType, nullable: body.nullable };
    } finally {
      res.lambdaVars.pop();
    }
  };
  let dataType: DataType;
  switch (name) {
    case "transform": {
      const l = bindLambda(lambdasRaw[0]!, [elem!, IntegerType()]);
      lambdas.push(l);
      dataType = ArrayType(l.dataType, true);
      break;
    }
    case "filter":
      lambdas.push(bindLambda(lambdasRaw[0]!, [elem!, IntegerType()]));
      dataType = first.dataType;
      break;
    case "exists":
    case "forall":
      lambdas.push(bindLambda(lambdasRaw[0]!, [elem!]));
      dataType = BooleanType();
      break;
    case "aggregate":
    case "reduce": {
      const zero = plain[1]!;
      const merge = bindLambda(lambdasRaw[0]!, [zero.dataType, elem!]);
      lambdas.push(merge);
      dataType = zero.dataType;
      if (lambdasRaw[1]) {
        const fin = bindLambda(lambdasRaw[1], [zero.dataType]);
        lambdas.push(fin);
        dataType = fin.dataType;
      }
      break;
    }
    case "zip_with": {
      const e2 = plain[1]!.dataType.kind === "array" ? (plain[1]!.dataType as { elementType: DataType }).elementType : IntegerType();
      const l = bindLambda(lambdasRaw[0]!, [elem!, e2]);
      lambdas.push(l);
      dataType = ArrayType(l.dataType, true);
      break;
    }
    case "map_filter":
      lambdas.push(bindLambda(lambdasRaw[0]!, [mapK!, mapV!]));
      dataType = first.dataType;
      break;
    case "transform_keys": {
      const l = bindLambda(lambdasRaw[0]!, [mapK!, mapV!]);
      lambdas.push(l);
      dataType = MapType(l.dataType, mapV!, true);
      break;
    }
    case "transform_values": {
      const l = bindLambda(lambdasRaw[0]!, [mapK!, mapV!]);
      lambdas.push(l);
      dataType = MapType(mapK!, l.dataType, true);
      break;
    }
    case "array_sort":
      lambdas.push(bindLambda(lambdasRaw[0]!, [elem!, elem!]));
      dataType = first.dataType;
      break;
    default:
      throw new AnalysisException("INVALID_LAMBDA_FUNCTION_CALL.NON_HIGHER_ORDER_FUNCTION", { class: name });
  }
  return { kind: "higher_order", name, args: plain, lambdas, dataType, nullable: first.nullable };
}

