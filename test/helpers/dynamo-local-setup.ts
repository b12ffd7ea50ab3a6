import type { TestProject } from "vitest/node";
import { startDynamoLocal } from "../../functions/local/dynamo-local.js";

/** One DynamoDB Local (in memory) for the whole run, always stopped afterwards. */
export default async function setup(project: TestProject) {
  const dynamo = await startDynamoLocal();
  project.provide("dynamoEndpoint", dynamo.endpoint);
  return () => dynamo.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}
