/** CDK app: `npm run synth` (no AWS credentials needed), `npm run deploy`. */
import { App, Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
import { BotStack } from "./bot-stack.js";
import { acknowledgeNagFindings } from "./nag-acknowledgements.js";

const app = new App();
const stack = new BotStack(app, "KzNgoBot", {
  botUsername: String(app.node.tryGetContext("botUsername")),
  adminUserIds: String(app.node.tryGetContext("adminUserIds") ?? ""),
  operatorsChatId: app.node.tryGetContext("operatorsChatId")
    ? String(app.node.tryGetContext("operatorsChatId"))
    : undefined,
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});
acknowledgeNagFindings(stack);
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
