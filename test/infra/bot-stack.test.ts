import { App, Validations } from "aws-cdk-lib";
import { Annotations, Match, Template } from "aws-cdk-lib/assertions";
import { AwsSolutionsChecks } from "cdk-nag";
import { beforeAll, describe, expect, it } from "vitest";
import { BotStack, MAX_RECEIVE_COUNT, WORKER_TIMEOUT } from "../../infra/bot-stack.js";
import { acknowledgeNagFindings } from "../../infra/nag-acknowledgements.js";

/** Skips esbuild: these tests check the template, not the bundle (bench and synth cover that). */
function synth() {
  const app = new App({ context: { "aws:cdk:bundling-stacks": [] } });
  const stack = new BotStack(app, "TestBot", { botUsername: "test_ngo_bot", adminUserIds: "1,2" });
  return { app, stack, template: Template.fromStack(stack) };
}

describe("BotStack", () => {
  let template: Template;
  beforeAll(() => {
    template = synth().template;
  });

  it("should create on-demand tables with TTL and point-in-time recovery", () => {
    template.resourceCountIs("AWS::DynamoDB::Table", 2);
    template.allResourcesProperties("AWS::DynamoDB::Table", {
      BillingMode: "PAY_PER_REQUEST",
      TimeToLiveSpecification: { AttributeName: "expiresAt", Enabled: true },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
  });

  it("should create a FIFO queue with a FIFO dead-letter queue and a visibility timeout ≥ 6× the worker's", () => {
    template.hasResourceProperties("AWS::SQS::Queue", {
      FifoQueue: true,
      ContentBasedDeduplication: false,
      VisibilityTimeout: WORKER_TIMEOUT.toSeconds() * 6,
      RedrivePolicy: { deadLetterTargetArn: Match.anyValue(), maxReceiveCount: MAX_RECEIVE_COUNT },
    });
    const queues = template.findResources("AWS::SQS::Queue");
    expect(Object.values(queues).every((queue) => queue.Properties.FifoQueue === true)).toBe(true);
  });

  it("should give the worker the knowledge, messages and golden questions, and output the state table for kb:import", () => {
    template.hasResourceProperties("AWS::Lambda::Function", {
      MemorySize: 1024,
      Environment: {
        Variables: Match.objectLike({
          KNOWLEDGE_DIR: "/var/task/knowledge",
          LOCALES_DIR: "/var/task/locales",
          GOLDEN_DIR: "/var/task/golden",
          ADMIN_USER_IDS: "1,2",
        }),
      },
    });
    template.hasOutput("StateTableName", { Value: Match.anyValue() });
  });

  it("should keep index snapshots in a private, encrypted, TLS-only bucket the worker alone reads and writes", () => {
    template.hasResourceProperties("AWS::S3::Bucket", {
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }],
      },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      LifecycleConfiguration: {
        Rules: [{ Prefix: "index-snapshots/", ExpirationInDays: 30, Status: "Enabled" }],
      },
    });
    template.hasResourceProperties("AWS::S3::BucketPolicy", {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
        ]),
      },
    });
    template.hasResourceProperties("AWS::Lambda::Function", {
      Handler: "index.handler",
      Environment: {
        Variables: Match.objectLike({ INDEX_SNAPSHOT_BUCKET: { Ref: Match.stringLikeRegexp("IndexSnapshots") } }),
      },
    });
    template.hasResourceProperties("AWS::IAM::Policy", {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: ["s3:GetObject", "s3:PutObject"],
            Resource: {
              "Fn::Join": [
                "",
                [{ "Fn::GetAtt": [Match.stringLikeRegexp("IndexSnapshots"), "Arn"] }, "/index-snapshots/*"],
              ],
            },
          }),
          Match.objectLike({
            Action: "s3:ListBucket",
            Condition: { StringLike: { "s3:prefix": ["index-snapshots/*"] } },
          }),
        ]),
      },
    });
    // The webhook has no business with it.
    const webhookPolicies = Object.values(template.findResources("AWS::IAM::Policy")).filter((policy) =>
      JSON.stringify(policy).includes("WebhookServiceRole"),
    );
    expect(webhookPolicies.length).toBeGreaterThan(0);
    for (const policy of webhookPolicies) expect(JSON.stringify(policy)).not.toContain("s3:");
  });

  it("should enforce TLS on both queues", () => {
    const policies = template.findResources("AWS::SQS::QueuePolicy");
    expect(Object.keys(policies)).toHaveLength(2);
    for (const policy of Object.values(policies)) {
      expect(JSON.stringify(policy)).toContain('"aws:SecureTransport":"false"');
    }
  });

  it("should run both functions on Node.js 22 arm64 with explicit timeouts", () => {
    const functions = Object.values(template.findResources("AWS::Lambda::Function"));
    const ours = functions.filter((fn) => fn.Properties.Runtime?.startsWith("nodejs"));
    expect(ours).toHaveLength(2);
    for (const fn of ours) {
      expect(fn.Properties.Runtime).toBe("nodejs22.x");
      expect(fn.Properties.Architectures).toEqual(["arm64"]);
    }
    expect(ours.map((fn) => fn.Properties.Timeout).sort()).toEqual([10, WORKER_TIMEOUT.toSeconds()]);
  });

  it("should give the webhook the secret by reference (never the value) and a public Function URL", () => {
    template.hasResourceProperties("AWS::Lambda::Function", {
      Environment: { Variables: Match.objectLike({ TELEGRAM_WEBHOOK_SECRET_SECRET_ARN: { Ref: Match.anyValue() } }) },
    });
    template.hasResourceProperties("AWS::Lambda::Url", { AuthType: "NONE" });
    template.hasResourceProperties("AWS::SecretsManager::Secret", {
      GenerateSecretString: Match.objectLike({ ExcludePunctuation: true }),
    });
  });

  it("should feed the worker from the queue with partial batch failures", () => {
    template.hasResourceProperties("AWS::Lambda::EventSourceMapping", {
      FunctionResponseTypes: ["ReportBatchItemFailures"],
      BatchSize: 10,
    });
  });

  it("should let the webhook only put/update/delete ledger items and send to the queue", () => {
    const policies = Object.values(template.findResources("AWS::IAM::Policy"));
    const webhookPolicy = policies.find((policy) => JSON.stringify(policy).includes("sqs:SendMessage"));
    const actions = JSON.stringify(webhookPolicy);
    expect(actions).toContain("dynamodb:PutItem");
    expect(actions).not.toContain("dynamodb:Scan");
    expect(actions).not.toContain("dynamodb:*");
    expect(actions).not.toContain("sqs:ReceiveMessage");
  });

  it("should alarm when anything reaches the dead-letter queue", () => {
    template.hasResourceProperties("AWS::CloudWatch::Alarm", {
      MetricName: "ApproximateNumberOfMessagesVisible",
      Threshold: 1,
      ComparisonOperator: "GreaterThanOrEqualToThreshold",
    });
  });

  it("should set log retention on every function's log group", () => {
    template.allResourcesProperties("AWS::Logs::LogGroup", { RetentionInDays: 30 });
  });

  it("should pass cdk-nag AwsSolutions with every exception acknowledged with a reason", () => {
    const { app, stack } = synth();
    acknowledgeNagFindings(stack);
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    // With the plugin registered, synth throws on any unacknowledged finding.
    expect(() => app.synth()).not.toThrow();
    expect(Annotations.fromStack(stack).findError("*", Match.stringLikeRegexp("AwsSolutions-"))).toEqual([]);
  });
});
