/**
 * The DynamoDB tables, defined once: the CDK stack and the local bootstrap (DynamoDB Local) both build
 * their tables from these definitions, so the two can never drift apart.
 */
export interface TableDefinition {
  /** Logical name; the deployed name comes from config (`*_TABLE_NAME`). */
  logicalName: string;
  partitionKey: string;
  sortKey?: string;
  /** Attribute holding the expiry time in epoch seconds. */
  ttlAttribute: string;
}

/** Sessions, wizard state and (later) cases, feedback and knowledge revisions: `pk` + `sk`. */
export const STATE_TABLE: TableDefinition = {
  logicalName: "StateTable",
  partitionKey: "pk",
  sortKey: "sk",
  ttlAttribute: "expiresAt",
};

/** One item per received Telegram update id, so a re-delivered update is not processed twice. */
export const UPDATES_TABLE: TableDefinition = {
  logicalName: "UpdatesTable",
  partitionKey: "pk",
  ttlAttribute: "expiresAt",
};

export const TABLE_DEFINITIONS = [STATE_TABLE, UPDATES_TABLE] as const;
