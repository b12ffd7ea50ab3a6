import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalS3 } from "../../functions/local/local-s3.js";
import { S3IndexSnapshotStore } from "../../functions/storage/index-snapshot-store.js";

describe("S3IndexSnapshotStore (local S3)", () => {
  let s3: Awaited<ReturnType<typeof startLocalS3>>;
  let store: S3IndexSnapshotStore;
  beforeAll(async () => {
    s3 = await startLocalS3();
    store = new S3IndexSnapshotStore({ region: "local", endpoint: s3.endpoint }, s3.bucket);
  });
  afterAll(async () => {
    await s3.close();
  });

  it("saves bytes and loads them back exactly, overwriting on a second save", async () => {
    const bytes = new Uint8Array(3 * 1024 * 1024).map((_, i) => (i * 31) & 255);
    await store.save("knowledge-v3.format-1.bin", bytes);
    const loaded = await store.load("knowledge-v3.format-1.bin");
    // Buffer.equals: toEqual on megabytes is slow.
    expect(loaded && Buffer.from(loaded).equals(bytes)).toBe(true);
    const other = new Uint8Array([1, 2, 3]);
    await store.save("knowledge-v3.format-1.bin", other);
    expect(await store.load("knowledge-v3.format-1.bin")).toEqual(other);
  });

  it("says undefined for a snapshot that was never saved", async () => {
    expect(await store.load("knowledge-v999.format-1.bin")).toBeUndefined();
  });

  it("refuses names that are not plain file names", async () => {
    await expect(store.load("../state")).rejects.toThrow("not a snapshot name");
    await expect(store.save("a/b", new Uint8Array(1))).rejects.toThrow("not a snapshot name");
  });

  it("throws, not 'missing', when the bucket cannot be read", async () => {
    const noBucket = new S3IndexSnapshotStore({ region: "local", endpoint: s3.endpoint }, "no-such-bucket");
    await expect(noBucket.load("knowledge-v1.format-1.bin")).rejects.toThrow("bucket does not exist");
  });
});
