// Types for the snappyjs package (it ships none).
declare module "snappyjs" {
  const snappyjs: {
    compress(input: Uint8Array): Uint8Array;
    uncompress(input: Uint8Array, maxLength?: number): Uint8Array;
  };
  export default snappyjs;
}
