// capture({ factor }, (x) => x * factor): declares the values a function uses from its
// enclosing scope. The function itself is returned unchanged (so it still runs as written on the
// driver); the executors rebuild it from source with these names bound to copies of the values.

const captured = new WeakMap<Function, Readonly<Record<string, unknown>>>();

export function capture<F extends Function>(captures: Record<string, unknown>, fn: F): F {
  if (typeof fn !== "function") throw new TypeError("capture(values, fn): fn must be a function");
  captured.set(fn, { ...(captured.get(fn) ?? {}), ...captures });
  return fn;
}

export const capturesOf = (fn: Function): Readonly<Record<string, unknown>> | undefined => captured.get(fn);
