import { type DynamoDBDocumentClient, QueryCommand, type QueryCommandOutput } from "@aws-sdk/lib-dynamodb";

/**
 * Every item of one partition, page after page (a query returns at most 1 MB), stopping once `limit` items are
 * read. Strongly consistent unless told otherwise: admins read what they just wrote.
 */
export async function queryPartition(
  client: DynamoDBDocumentClient,
  tableName: string,
  pk: string,
  options: { forward?: boolean; consistent?: boolean; limit?: number } = {},
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  let start: QueryCommandOutput["LastEvaluatedKey"];
  do {
    const page: QueryCommandOutput = await client.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: "pk = :pk",
        ExpressionAttributeValues: { ":pk": pk },
        ScanIndexForward: options.forward ?? true,
        ConsistentRead: options.consistent ?? true,
        ExclusiveStartKey: start,
      }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start && items.length < limit);
  return items;
}
