import type { UserFromGetMe } from "grammy/types";

/**
 * The bot's own user object, built from the token and the configured username so that no Lambda cold start
 * spends a round trip on getMe. The bot id is the token's numeric prefix.
 */
export function presetBotInfo(token: string, username: string): UserFromGetMe {
  const id = Number(token.split(":")[0]);
  if (!Number.isSafeInteger(id)) throw new Error("bot token must start with the numeric bot id");
  return {
    id,
    is_bot: true,
    first_name: "NGO Legal Assistant",
    username,
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: true,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
  };
}
