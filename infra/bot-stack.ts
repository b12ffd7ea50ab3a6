import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from "aws-cdk-lib";
import { Alarm, ComparisonOperator, TreatMissingData } from "aws-cdk-lib/aws-cloudwatch";
import { AttributeType, BillingMode, Table, type TableProps } from "aws-cdk-lib/aws-dynamodb";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { FunctionUrlAuthType } from "aws-cdk-lib/aws-lambda";
import { SqsEventSource } from "aws-cdk-lib/aws-lambda-event-sources";
import { BlockPublicAccess, Bucket, BucketEncryption } from "aws-cdk-lib/aws-s3";
import { Secret } from "aws-cdk-lib/aws-secretsmanager";
import { Queue, QueueEncryption } from "aws-cdk-lib/aws-sqs";
import type { Construct } from "constructs";
import { INDEX_SNAPSHOT_PREFIX } from "../functions/storage/index-snapshot-store.js";
import { STATE_TABLE, type TableDefinition, UPDATES_TABLE } from "../functions/storage/table-definitions.js";
import { BotFunction } from "./constructs/bot-function.js";

export interface BotStackProps extends StackProps {
  /** The bot's @username without @ (lets the worker skip getMe). */
  botUsername: string;
  /** Comma-separated Telegram user ids of knowledge-base admins. */
  adminUserIds: string;
  /** The operators' supergroup id for consultant cases (optional). */
  operatorsChatId?: string;
}

/** Worker timeout; the queue's visibility timeout is six times this, as AWS recommends for SQS sources. */
export const WORKER_TIMEOUT = Duration.seconds(30);
export const MAX_RECEIVE_COUNT = 3;
/** A version's index snapshot is deleted after this; a worker still on that version builds and saves it again. */
export const INDEX_SNAPSHOT_LIFETIME = Duration.days(30);

/** Telegram webhook → Lambda (Function URL) → SQS FIFO → worker Lambda → DynamoDB. */
export class BotStack extends Stack {
  constructor(scope: Construct, id: string, props: BotStackProps) {
    super(scope, id, props);

    const stateTable = this.table(STATE_TABLE, RemovalPolicy.RETAIN);
    const updatesTable = this.table(UPDATES_TABLE, RemovalPolicy.DESTROY);

    const botToken = new Secret(this, "BotToken", {
      description: "Telegram bot token from @BotFather. Set it after the first deploy (see README).",
    });
    const webhookSecret = new Secret(this, "WebhookSecret", {
      description: "Secret Telegram sends in X-Telegram-Bot-Api-Secret-Token; used by setWebhook and the webhook.",
      generateSecretString: { passwordLength: 48, excludePunctuation: true, includeSpace: false },
    });

    const deadLetters = new Queue(this, "UpdatesDeadLetters", {
      fifo: true,
      retentionPeriod: Duration.days(14),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });
    const updates = new Queue(this, "Updates", {
      fifo: true,
      contentBasedDeduplication: false,
      visibilityTimeout: Duration.seconds(WORKER_TIMEOUT.toSeconds() * 6),
      retentionPeriod: Duration.days(1),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      deadLetterQueue: { queue: deadLetters, maxReceiveCount: MAX_RECEIVE_COUNT },
    });

    // Built answer-engine indexes, one per published knowledge version: derived data that any worker can rebuild
    // from the state table, so old ones simply expire.
    const indexSnapshots = new Bucket(this, "IndexSnapshots", {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      lifecycleRules: [{ prefix: INDEX_SNAPSHOT_PREFIX, expiration: INDEX_SNAPSHOT_LIFETIME }],
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const webhook = new BotFunction(this, "Webhook", {
      entry: "functions/webhook/handler.ts",
      timeout: Duration.seconds(10),
      memorySize: 256,
      environment: {
        UPDATES_TABLE_NAME: updatesTable.tableName,
        UPDATES_QUEUE_URL: updates.queueUrl,
        TELEGRAM_WEBHOOK_SECRET_SECRET_ARN: webhookSecret.secretArn,
      },
    });
    updatesTable.grant(webhook, "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem");
    updates.grantSendMessages(webhook);
    webhookSecret.grantRead(webhook);
    const webhookUrl = webhook.addFunctionUrl({ authType: FunctionUrlAuthType.NONE });

    const worker = new BotFunction(this, "Worker", {
      entry: "functions/worker/handler.ts",
      timeout: WORKER_TIMEOUT,
      // The admins' /testall and /publish rebuild the index a dozen times; more memory buys CPU for that.
      memorySize: 1024,
      copyIntoBundle: { knowledge: "knowledge", "functions/bot/locales": "locales", "test/golden": "golden" },
      environment: {
        STATE_TABLE_NAME: stateTable.tableName,
        TELEGRAM_BOT_TOKEN_SECRET_ARN: botToken.secretArn,
        TELEGRAM_BOT_USERNAME: props.botUsername,
        ADMIN_USER_IDS: props.adminUserIds,
        KNOWLEDGE_DIR: "/var/task/knowledge",
        LOCALES_DIR: "/var/task/locales",
        GOLDEN_DIR: "/var/task/golden",
        INDEX_SNAPSHOT_BUCKET: indexSnapshots.bucketName,
        ...(props.operatorsChatId ? { OPERATORS_CHAT_ID: props.operatorsChatId } : {}),
      },
    });
    stateTable.grantReadWriteData(worker);
    botToken.grantRead(worker);
    worker.addToRolePolicy(
      new PolicyStatement({
        actions: ["s3:GetObject", "s3:PutObject"],
        resources: [indexSnapshots.arnForObjects(`${INDEX_SNAPSHOT_PREFIX}*`)],
      }),
    );
    // Without ListBucket a missing snapshot reads as 403 instead of 404 (NoSuchKey).
    worker.addToRolePolicy(
      new PolicyStatement({
        actions: ["s3:ListBucket"],
        resources: [indexSnapshots.bucketArn],
        conditions: { StringLike: { "s3:prefix": [`${INDEX_SNAPSHOT_PREFIX}*`] } },
      }),
    );
    worker.addEventSource(new SqsEventSource(updates, { batchSize: 10, reportBatchItemFailures: true }));

    new Alarm(this, "DeadLettersAlarm", {
      alarmDescription: "Telegram updates failed 3 times and were moved to the dead-letter queue",
      metric: deadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });

    new CfnOutput(this, "WebhookUrl", { value: webhookUrl.url, description: "Pass to npm run webhook:set" });
    new CfnOutput(this, "BotTokenSecretArn", { value: botToken.secretArn });
    new CfnOutput(this, "WebhookSecretArn", { value: webhookSecret.secretArn });
    new CfnOutput(this, "DeadLetterQueueUrl", { value: deadLetters.queueUrl });
    // kb:import --outputs reads it to seed the live knowledge after the first deploy.
    new CfnOutput(this, "StateTableName", { value: stateTable.tableName });
  }

  private table(definition: TableDefinition, removalPolicy: RemovalPolicy): Table {
    const props: TableProps = {
      partitionKey: { name: definition.partitionKey, type: AttributeType.STRING },
      ...(definition.sortKey ? { sortKey: { name: definition.sortKey, type: AttributeType.STRING } } : {}),
      billingMode: BillingMode.PAY_PER_REQUEST,
      timeToLiveAttribute: definition.ttlAttribute,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      removalPolicy,
    };
    return new Table(this, definition.logicalName, props);
  }
}
