import {
  CreateTableCommand,
  type DynamoDBClient,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
} from "@aws-sdk/client-dynamodb";
import { STATE_TABLE, type TableDefinition, UPDATES_TABLE } from "./table-definitions.js";

/**
 * Creates the tables (if missing) from the same definitions the CDK stack uses. For DynamoDB Local only:
 * in AWS the stack owns the tables.
 */
export async function createTables(
  client: DynamoDBClient,
  names: { stateTable: string; updatesTable: string },
): Promise<void> {
  await createTable(client, names.stateTable, STATE_TABLE);
  await createTable(client, names.updatesTable, UPDATES_TABLE);
}

async function createTable(client: DynamoDBClient, name: string, definition: TableDefinition): Promise<void> {
  const keys = [definition.partitionKey, ...(definition.sortKey ? [definition.sortKey] : [])];
  try {
    await client.send(
      new CreateTableCommand({
        TableName: name,
        BillingMode: "PAY_PER_REQUEST",
        AttributeDefinitions: keys.map((key) => ({ AttributeName: key, AttributeType: "S" })),
        KeySchema: keys.map((key, index) => ({ AttributeName: key, KeyType: index === 0 ? "HASH" : "RANGE" })),
      }),
    );
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: name,
        TimeToLiveSpecification: { AttributeName: definition.ttlAttribute, Enabled: true },
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
}
