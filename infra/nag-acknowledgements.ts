import { Validations } from "aws-cdk-lib";
import type { BotStack } from "./bot-stack.js";

/** cdk-nag findings we accept, each with its reason; any other finding fails synth. */
export function acknowledgeNagFindings(stack: BotStack): void {
  Validations.of(stack).acknowledge(
    {
      id: "AwsSolutions::AwsSolutions-SMG4",
      reason:
        "The bot token can only be rotated in @BotFather and the webhook secret must change together with setWebhook; " +
        "both are rotated by the operator (README: Operations), not by a rotation Lambda.",
    },
    {
      id: "AwsSolutions::AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]",
      reason:
        "AWSLambdaBasicExecutionRole only allows writing CloudWatch logs; all data access is granted per resource.",
    },
    {
      id: "AwsSolutions::AwsSolutions-S1",
      reason:
        "The index-snapshot bucket holds only derived data (built indexes of published knowledge, rebuildable from the " +
        "state table), is private, TLS-only and written and read by the worker role alone; access logs would add a " +
        "second bucket without protecting anything of the users'.",
    },
    {
      id: "AwsSolutions::AwsSolutions-IAM5[Resource::<IndexSnapshots0F8CD50C.Arn>/index-snapshots/*]",
      reason:
        "The worker gets and puts only objects under the index-snapshots/ prefix; their names carry the knowledge " +
        "version, which is not known at deploy time.",
    },
    {
      id: "AwsSolutions::AwsSolutions-L1",
      reason:
        "nodejs22.x is deliberate: the code is developed and tested on Node 20/22 (pinned dependencies), " +
        "and 22.x is supported until April 2027; moving to 24.x is a tested upgrade, not a default.",
    },
  );
}
