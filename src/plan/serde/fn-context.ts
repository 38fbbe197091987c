// The session settings functions are bound with (FunctionContext), as plain data: the conf
// lookup becomes a snapshot of the session's settings.

import type { FunctionContext } from "../../functions/function-definition.js";

export interface SerializedFnContext {
  readonly ansi: boolean;
  readonly timeZone: string;
  readonly conf: Readonly<Record<string, string>>;
}

export function serializeFnContext(ctx: FunctionContext, settings: Readonly<Record<string, string>>): SerializedFnContext {
  return { ansi: ctx.ansi, timeZone: ctx.timeZone, conf: settings };
}

export function deserializeFnContext(s: SerializedFnContext): FunctionContext {
  const conf = s.conf;
  return { ansi: s.ansi, timeZone: s.timeZone, conf: (key, fallback) => conf[key] ?? fallback };
}
