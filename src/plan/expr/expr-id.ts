// Expression ids identify attributes through a plan (Spark's ExprId).
let nextExprId = 1;
export const newExprId = (): number => nextExprId++;
