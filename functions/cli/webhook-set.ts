/**
 * `npm run webhook:set -- [--stack KzNgoBot] [--url URL] [--drop-pending]`: points Telegram at the deployed
 * webhook with the secret header. With --stack, the URL comes from the stack outputs and the token and secret
 * from Secrets Manager (AWS credentials needed); otherwise from --url, TELEGRAM_BOT_TOKEN and
 * TELEGRAM_WEBHOOK_SECRET.
 */
import { parseArgs } from "node:util";
import { CloudFormationClient, DescribeStacksCommand } from "@aws-sdk/client-cloudformation";
import { Api } from "grammy/web";
import { resolveSecrets } from "../adapters/secrets.js";
import { SUPPORTED_UPDATE_TYPES } from "../core/telegram/update-schema.js";

const { values } = parseArgs({
  options: {
    stack: { type: "string" },
    url: { type: "string" },
    "drop-pending": { type: "boolean", default: false },
  },
});

async function stackSettings(stackName: string): Promise<Record<string, string | undefined>> {
  const cloudFormation = new CloudFormationClient({});
  const { Stacks } = await cloudFormation.send(new DescribeStacksCommand({ StackName: stackName }));
  const outputs = Object.fromEntries(
    (Stacks?.[0]?.Outputs ?? []).map((output) => [output.OutputKey, output.OutputValue]),
  );
  const region = await cloudFormation.config.region();
  return resolveSecrets({
    AWS_REGION: region,
    WEBHOOK_URL: outputs.WebhookUrl,
    TELEGRAM_BOT_TOKEN_SECRET_ARN: outputs.BotTokenSecretArn,
    TELEGRAM_WEBHOOK_SECRET_SECRET_ARN: outputs.WebhookSecretArn,
  });
}

const settings = values.stack ? await stackSettings(values.stack) : { ...process.env, WEBHOOK_URL: values.url };
const missing = ["WEBHOOK_URL", "TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET"].filter((name) => !settings[name]);
if (missing.length > 0) {
  console.error(`Missing: ${missing.join(", ")} (use --stack NAME, or --url with the two environment variables)`);
  process.exit(1);
}
const url = new URL(settings.WEBHOOK_URL as string);
url.pathname = url.pathname.replace(/\/?$/, "/telegram").replace(/^\/\/+/, "/");
const api = new Api(settings.TELEGRAM_BOT_TOKEN as string);
await api.setWebhook(url.toString(), {
  secret_token: settings.TELEGRAM_WEBHOOK_SECRET as string,
  allowed_updates: [...SUPPORTED_UPDATE_TYPES],
  drop_pending_updates: values["drop-pending"],
  max_connections: 40,
});
const info = await api.getWebhookInfo();
console.log(`Webhook set to ${info.url}; pending updates: ${info.pending_update_count}`);
