// spark.conf on a remote session: every call is a Config RPC.
import type { BackendConf } from "./backend.js";
import type { ConnectClient } from "./client.js";

export class RemoteConf implements BackendConf {
  constructor(private readonly client: ConnectClient) {}

  async get(key: string, fallback?: string): Promise<string> {
    const res =
      fallback === undefined
        ? await this.client.config({ opType: { case: "get", value: { keys: [key] } } })
        : await this.client.config({ opType: { case: "getWithDefault", value: { pairs: [{ key, value: fallback }] } } });
    return res.pairs[0]?.value ?? fallback ?? "";
  }
  async getOption(key: string): Promise<string | undefined> {
    const res = await this.client.config({ opType: { case: "getOption", value: { keys: [key] } } });
    return res.pairs[0]?.value;
  }
  async set(key: string, value: string | number | boolean): Promise<void> {
    await this.client.config({ opType: { case: "set", value: { pairs: [{ key, value: String(value) }] } } });
  }
  /** Several settings in one call (the builder's config on connect). */
  async setAll(pairs: Readonly<Record<string, string>>): Promise<void> {
    const list = Object.entries(pairs).map(([key, value]) => ({ key, value }));
    if (list.length > 0) await this.client.config({ opType: { case: "set", value: { pairs: list } } });
  }
  async unset(key: string): Promise<void> {
    await this.client.config({ opType: { case: "unset", value: { keys: [key] } } });
  }
  async getAll(prefix?: string): Promise<Record<string, string>> {
    const res = await this.client.config({ opType: { case: "getAll", value: prefix !== undefined ? { prefix } : {} } });
    return Object.fromEntries(res.pairs.map((p) => [p.key, p.value ?? ""]));
  }
  async isModifiable(key: string): Promise<boolean> {
    const res = await this.client.config({ opType: { case: "isModifiable", value: { keys: [key] } } });
    return res.pairs[0]?.value === "true";
  }
}
