import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { type SessionData, sessionSchema } from "../../functions/bot/session.js";
import {
  DynamoSessionStorage,
  SessionConflictError,
  SessionCorruptError,
} from "../../functions/storage/session-storage.js";
import { freshTables } from "../helpers/dynamo.js";

async function storages() {
  const { documents, names } = await freshTables();
  const make = (now?: () => number) =>
    new DynamoSessionStorage<SessionData>(documents, names.stateTable, sessionSchema, now);
  return { documents, table: names.stateTable, make };
}

describe("DynamoSessionStorage", () => {
  it("should return undefined for a chat without a session and round-trip a written one", async () => {
    const { make } = await storages();
    const storage = make();
    expect(await storage.read("100")).toBeUndefined();
    await storage.write("100", { language: "kk", lastItemId: "public-fund" });
    expect(await make().read("100")).toEqual({ language: "kk", lastItemId: "public-fund" });
  });

  it("should let exactly one of two concurrent writers win and fail the other loudly", async () => {
    const { make } = await storages();
    await make().write("200", { language: "ru" });
    const first = make();
    const second = make();
    await Promise.all([first.read("200"), second.read("200")]);
    const results = await Promise.allSettled([
      first.write("200", { language: "kk" }),
      second.write("200", { language: "en" }),
    ]);
    const rejected = results.filter((result) => result.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect((rejected[0] as PromiseRejectedResult).reason).toBeInstanceOf(SessionConflictError);
    const winner = results[0]?.status === "fulfilled" ? "kk" : "en";
    expect(await make().read("200")).toEqual({ language: winner });
  });

  it("should succeed on retry after a conflict (re-read, then write)", async () => {
    const { make } = await storages();
    const stale = make();
    await stale.read("300");
    await make().write("300", { language: "en" });
    await expect(stale.write("300", { language: "ru" })).rejects.toBeInstanceOf(SessionConflictError);
    await stale.read("300");
    await stale.write("300", { language: "ru" });
    expect(await make().read("300")).toEqual({ language: "ru" });
  });

  it("should create a session only once when two first writers race", async () => {
    const { make } = await storages();
    const results = await Promise.allSettled([
      make().write("400", { language: "kk" }),
      make().write("400", { language: "en" }),
    ]);
    expect(results.filter((result) => result.status === "rejected")).toHaveLength(1);
  });

  it("should treat an expired session as absent and still write over it safely", async () => {
    const { make } = await storages();
    let now = Date.now();
    const storage = make(() => now);
    await storage.write("500", { language: "kk" });
    now += 91 * 24 * 3600 * 1000;
    expect(await storage.read("500")).toBeUndefined();
    await storage.write("500", { language: "en" });
    expect(await storage.read("500")).toEqual({ language: "en" });
  });

  it("should throw, not return an empty session, when the stored data is invalid", async () => {
    const { make, documents, table } = await storages();
    await documents.send(
      new PutCommand({
        TableName: table,
        Item: { pk: "session#600", sk: "session", version: 1, data: { language: "de" } },
      }),
    );
    await expect(make().read("600")).rejects.toBeInstanceOf(SessionCorruptError);
  });

  it("should rethrow storage errors instead of treating them as no session", async () => {
    const { documents } = await freshTables();
    const storage = new DynamoSessionStorage<SessionData>(documents, "missing-table", sessionSchema);
    await expect(storage.read("700")).rejects.toThrow(/resource not found|non-existent table/i);
  });

  it("should delete a session", async () => {
    const { make } = await storages();
    const storage = make();
    await storage.write("800", { language: "ru" });
    await storage.delete("800");
    expect(await make().read("800")).toBeUndefined();
    await storage.write("800", { language: "kk" });
    expect(await make().read("800")).toEqual({ language: "kk" });
  });
});
