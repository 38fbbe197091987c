declare module "acorn-globals" {
  interface GlobalRef {
    name: string;
    nodes: unknown[];
  }
  function detect(source: string, options?: Record<string, unknown>): GlobalRef[];
  export default detect;
}
