// Executor plugins: modules every executor imports before running tasks, so that built-in
// functions, task node kinds and shuffle kinds they register exist on worker threads too.
// A module registers itself with `registerExecutorPlugin(import.meta.url)` at its top level.

const plugins: string[] = [];
const listeners: ((url: string) => void)[] = [];

export function registerExecutorPlugin(moduleUrl: string): void {
  if (plugins.includes(moduleUrl)) return;
  plugins.push(moduleUrl);
  for (const l of listeners) l(moduleUrl);
}

export const executorPlugins = (): readonly string[] => plugins;

export function onExecutorPluginAdded(l: (url: string) => void): () => void {
  listeners.push(l);
  return () => listeners.splice(listeners.indexOf(l), 1);
}
