import { randomUUID } from "node:crypto";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { inject } from "vitest";
import { createTables } from "../../functions/storage/create-tables.js";
import { createDocumentClient } from "../../functions/storage/dynamo-client.js";

/** Fresh, uniquely named tables on the run's DynamoDB Local, so test files never share data. */
export async function freshTables() {
  const endpoint = inject("dynamoEndpoint");
  const suffix = randomUUID().slice(0, 8);
  const names = { stateTable: `state-${suffix}`, updatesTable: `updates-${suffix}` };
  const raw = new DynamoDBClient({
    endpoint,
    region: "local",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  await createTables(raw, names);
  raw.destroy();
  return { endpoint, names, documents: createDocumentClient({ region: "local", endpoint }) };
}
