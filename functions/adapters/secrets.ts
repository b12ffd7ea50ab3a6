import { GetSecretValueCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";

/** Suffix of env variables that name a Secrets Manager secret instead of holding the value. */
const ARN_SUFFIX = "_SECRET_ARN";

/**
 * Returns `env` with every `NAME_SECRET_ARN` resolved into `NAME` (read once per cold start). Locally no such
 * variables exist and `env` is returned unchanged, so the same config code runs everywhere.
 */
export async function resolveSecrets(
  env: Record<string, string | undefined>,
  client?: SecretsManagerClient,
): Promise<Record<string, string | undefined>> {
  const references = Object.entries(env).filter(([name, value]) => name.endsWith(ARN_SUFFIX) && value);
  if (references.length === 0) return env;
  const secrets = client ?? new SecretsManagerClient({ region: env.AWS_REGION, maxAttempts: 3 });
  const resolved = await Promise.all(
    references.map(async ([name, arn]) => {
      const { SecretString } = await secrets.send(new GetSecretValueCommand({ SecretId: arn }));
      if (!SecretString) throw new Error(`Secret for ${name.slice(0, -ARN_SUFFIX.length)} is empty: set it first`);
      return [name.slice(0, -ARN_SUFFIX.length), SecretString.trim()] as const;
    }),
  );
  return { ...env, ...Object.fromEntries(resolved) };
}
