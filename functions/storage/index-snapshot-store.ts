import type { S3Client, S3ClientConfig } from "@aws-sdk/client-s3";

/**
 * Where built answer-engine indexes are kept, one per knowledge version and snapshot format
 * (core/engine/index-snapshot.ts): the first worker to load a version builds its index and saves it, the others
 * load it.
 */
export interface IndexSnapshotStore {
  /** The snapshot saved under `name`, or undefined when there is none; any other failure is thrown. */
  load(name: string): Promise<Uint8Array | undefined>;
  save(name: string, bytes: Uint8Array): Promise<void>;
}

/** Objects under this prefix of the bucket (a lifecycle rule there expires old versions' snapshots). */
export const INDEX_SNAPSHOT_PREFIX = "index-snapshots/";

export interface S3ClientOptions {
  region: string;
  /** A local S3's URL (tests); unset in AWS. */
  endpoint?: string;
}

type S3Module = typeof import("@aws-sdk/client-s3");

/**
 * An S3 client's settings: few retries (a worker waiting on a slow read keeps its chat's queue waiting); for a
 * local S3, its URL with path-style addressing and s3rver's fixed credentials.
 */
export function s3ClientConfig({ region, endpoint }: S3ClientOptions): S3ClientConfig {
  return {
    region,
    maxAttempts: 3,
    ...(endpoint
      ? { endpoint, forcePathStyle: true, credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } }
      : {}),
  };
}

/**
 * Snapshots in an S3 bucket. The S3 client is imported on first use, not with the worker: most starts (a small
 * knowledge base, see LiveKnowledgeDeps.snapshotMinItems) never touch it, and importing it costs a cold start about
 * 100 ms (measured: 140–200 ms alone).
 */
export class S3IndexSnapshotStore implements IndexSnapshotStore {
  private connection: Promise<{ sdk: S3Module; client: S3Client }> | undefined;

  constructor(
    private readonly options: S3ClientOptions,
    private readonly bucket: string,
  ) {}

  async load(name: string): Promise<Uint8Array | undefined> {
    const key = this.key(name);
    const { sdk, client } = await this.connect();
    try {
      const object = await client.send(new sdk.GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!object.Body) throw new Error(`index snapshot ${name} has no body`);
      return await object.Body.transformToByteArray();
    } catch (error) {
      if (error instanceof sdk.NoSuchKey) return undefined;
      throw error;
    }
  }

  async save(name: string, bytes: Uint8Array): Promise<void> {
    const key = this.key(name);
    const { sdk, client } = await this.connect();
    await client.send(
      new sdk.PutObjectCommand({ Bucket: this.bucket, Key: key, Body: bytes, ContentType: "application/octet-stream" }),
    );
  }

  private connect(): Promise<{ sdk: S3Module; client: S3Client }> {
    this.connection ??= import("@aws-sdk/client-s3").then((sdk) => ({
      sdk,
      client: new sdk.S3Client(s3ClientConfig(this.options)),
    }));
    return this.connection;
  }

  private key(name: string): string {
    if (!/^[A-Za-z0-9._-]+$/.test(name)) throw new RangeError(`not a snapshot name: ${name}`);
    return `${INDEX_SNAPSHOT_PREFIX}${name}`;
  }
}
