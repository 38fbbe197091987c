// md5, sha1/sha, sha2(bits), crc32 over BINARY (strings implicitly cast to their UTF-8 bytes).
import { createHash } from "node:crypto";
import { defineScalar, expectInt, expectType, strict } from "../misc/bind-helpers.js";
import { BinaryType, LongType, StringType } from "../../types/data-type.js";
import { crc32 as crc32Of } from "./crc32.js";

const hexDigest = (alg: string) => (b: Uint8Array) => createHash(alg).update(b).digest("hex");

export const md5 = defineScalar({
  name: "md5",
  minArgs: 1,
  bind: (args, _ctx, name) => strict(StringType(), [expectType(name, args, 0, BinaryType())], hexDigest("md5")),
});

export const sha1 = defineScalar({
  name: "sha1",
  aliases: ["sha"],
  minArgs: 1,
  bind: (args, _ctx, name) => strict(StringType(), [expectType(name, args, 0, BinaryType())], hexDigest("sha1")),
});

const SHA2: Record<number, string> = { 0: "sha256", 224: "sha224", 256: "sha256", 384: "sha384", 512: "sha512" };

/** sha2(bin, bits): bits 224/256/384/512 (0 = 256); any other length gives null. */
export const sha2 = defineScalar({
  name: "sha2",
  minArgs: 2,
  bind: (args, _ctx, name) =>
    strict(
      StringType(),
      [expectType(name, args, 0, BinaryType()), expectInt(name, args, 1)],
      (b: Uint8Array, bits: number) => (SHA2[bits] ? createHash(SHA2[bits]!).update(b).digest("hex") : null),
      true,
    ),
});

export const crc32 = defineScalar({
  name: "crc32",
  minArgs: 1,
  bind: (args, _ctx, name) =>
    strict(LongType(), [expectType(name, args, 0, BinaryType())], (b: Uint8Array) => BigInt(crc32Of(b))),
});
