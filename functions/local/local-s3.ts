import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { CreateBucketCommand, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { s3ClientConfig } from "../storage/index-snapshot-store.js";

/**
 * A local S3 (s3rver, files in a temporary folder) with one empty bucket, for the tests and the bench; close()
 * stops it and removes the files. Development only: s3rver is a dev dependency and no Lambda imports this.
 */
export async function startLocalS3(bucket = "index-snapshots-test") {
  const directory = await mkdtemp(path.join(os.tmpdir(), "local-s3-"));
  const server = new S3rver({
    port: 0,
    address: "127.0.0.1",
    directory,
    silent: true,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  let buckets = 0;
  return {
    endpoint,
    bucket,
    /** Another empty bucket, so that tests never see each other's objects. */
    freshBucket: async () => {
      const name = `${bucket}-${++buckets}`;
      const client = new S3Client(s3ClientConfig({ region: "local", endpoint }));
      await client.send(new CreateBucketCommand({ Bucket: name }));
      client.destroy();
      return name;
    },
    close: async () => {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
