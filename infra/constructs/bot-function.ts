import path from "node:path";
import { type Duration, RemovalPolicy } from "aws-cdk-lib";
import { Architecture, Runtime } from "aws-cdk-lib/aws-lambda";
import { Charset, NodejsFunction, type NodejsFunctionProps, OutputFormat } from "aws-cdk-lib/aws-lambda-nodejs";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import type { Construct } from "constructs";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");

export interface BotFunctionProps {
  /** Entry file relative to the project root, e.g. `functions/webhook/handler.ts`. */
  entry: string;
  timeout: Duration;
  memorySize: number;
  environment?: Record<string, string>;
  /** Folders copied into the bundle: project path → path inside the bundle (e.g. knowledge → knowledge). */
  copyIntoBundle?: Record<string, string>;
}

/**
 * Every Lambda of the bot with the same defaults: Node.js 22 on arm64, a minified CJS bundle that keeps class
 * names (grammY's node build checks them), source maps, and a log group with a fixed retention.
 */
export class BotFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: BotFunctionProps) {
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const copies = Object.entries(props.copyIntoBundle ?? {});
    const functionProps: NodejsFunctionProps = {
      entry: path.join(PROJECT_ROOT, props.entry),
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: path.join(PROJECT_ROOT, "package-lock.json"),
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      timeout: props.timeout,
      memorySize: props.memorySize,
      logGroup,
      environment: { NODE_OPTIONS: "--enable-source-maps", ...props.environment },
      bundling: {
        minify: true,
        keepNames: true,
        sourceMap: true,
        target: "node22",
        format: OutputFormat.CJS,
        // The scope words and vocabulary counts are mostly Cyrillic: escaped as \uXXXX they would take 6 bytes a letter.
        charset: Charset.UTF8,
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (inputDir, outputDir) =>
            copies.map(([from, to]) => `cp -r "${path.join(inputDir, from)}" "${path.join(outputDir, to)}"`),
        },
      },
    };
    super(scope, id, functionProps);
  }
}
