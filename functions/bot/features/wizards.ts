import { Composer, InlineKeyboard } from "grammy/web";
import { WIZARDS, wizardByKind } from "../../core/wizards/index.js";
import {
  answerWizard,
  currentStep,
  startWizard,
  type WizardOutcome,
  type WizardStep,
} from "../../core/wizards/wizard.js";
import type { Answerer } from "../answerer.js";
import { CALLBACK, CALLBACK_PATTERN } from "../callback-data.js";
import type { BotContext } from "../context.js";

/**
 * The guided helpers (/wizard): explicit state machines from core/wizards, their state kept in the session so
 * they survive cold starts and work in the terminal chat. Cancel at any step; a free-text question in the middle
 * is answered by the question feature and the helper stays open (see `wizardReminder`).
 */
export function wizardFeature(answerer: Answerer): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const showMenu = async (ctx: BotContext) => {
    const keyboard = new InlineKeyboard();
    for (const wizard of Object.values(WIZARDS))
      keyboard.text(ctx.t(wizard.titleKey), CALLBACK.wizardStart(wizard.kind)).row();
    await ctx.reply(ctx.t("wizard-menu-title"), { reply_markup: keyboard });
  };
  feature.command("wizard", showMenu);
  feature.callbackQuery(CALLBACK_PATTERN.wizardMenu, async (ctx) => {
    await ctx.answerCallbackQuery();
    await showMenu(ctx);
  });
  feature.command("cancel", async (ctx, next) => {
    if (!ctx.session.wizard) return next();
    ctx.session.wizard = undefined;
    await ctx.reply(ctx.t("wizard-cancelled"));
  });
  feature.callbackQuery(CALLBACK_PATTERN.wizardCancel, async (ctx) => {
    await ctx.answerCallbackQuery();
    if (!ctx.session.wizard) return;
    ctx.session.wizard = undefined;
    await ctx.reply(ctx.t("wizard-cancelled"));
  });
  feature.callbackQuery(CALLBACK_PATTERN.wizardStart, async (ctx) => {
    await ctx.answerCallbackQuery();
    const definition = wizardByKind(ctx.match[1] ?? "");
    if (!definition) return;
    const { state, step } = startWizard(definition);
    ctx.session.wizard = state;
    await askStep(ctx, definition.kind, definition.titleKey, step);
  });
  feature.callbackQuery(CALLBACK_PATTERN.wizardAnswer, async (ctx) => {
    await ctx.answerCallbackQuery();
    const [, kind = "", stepId = "", optionId = ""] = ctx.match;
    const state = ctx.session.wizard;
    const definition = wizardByKind(kind);
    if (!state || !definition || state.kind !== kind) return;
    const progress = answerWizard(definition, state, stepId, optionId);
    if ("invalid" in progress) {
      const step = currentStep(definition, state);
      await ctx.reply(ctx.t("wizard-stale"));
      if (step) await askStep(ctx, kind, definition.titleKey, step);
      return;
    }
    if ("outcome" in progress) {
      ctx.session.wizard = undefined;
      await showOutcome(ctx, answerer, progress.outcome);
      return;
    }
    ctx.session.wizard = progress.state;
    await askStep(ctx, kind, definition.titleKey, progress.step);
  });
  return feature;
}

async function askStep(ctx: BotContext, kind: string, titleKey: string, step: WizardStep): Promise<void> {
  const keyboard = new InlineKeyboard();
  for (const option of step.options)
    keyboard.text(ctx.t(option.labelKey), CALLBACK.wizardAnswer(kind, step.id, option.id)).row();
  keyboard.text(ctx.t("wizard-cancel"), CALLBACK.wizardCancel());
  await ctx.reply(`<b>${ctx.t(titleKey)}</b>\n\n${ctx.t(step.questionKey)}`, {
    parse_mode: "HTML",
    reply_markup: keyboard,
  });
}

async function showOutcome(ctx: BotContext, answerer: Answerer, outcome: WizardOutcome): Promise<void> {
  const lines = outcome.lines.map((line) => ctx.t(line.key, line.args));
  const keyboard = new InlineKeyboard();
  for (const id of outcome.itemIds) {
    const title = answerer.title(id, ctx.language);
    if (title) keyboard.text(title, CALLBACK.item(id)).row();
  }
  const more = outcome.itemIds.length > 0 ? `\n\n${ctx.t("wizard-result-more")}` : "";
  await ctx.reply(`<b>${ctx.t(outcome.titleKey)}</b>\n\n${lines.join("\n")}${more}`, {
    parse_mode: "HTML",
    link_preview_options: { is_disabled: true },
    reply_markup: keyboard,
  });
}

/** After a free-text answer during a helper: a reminder with a button back to the current step. */
export async function wizardReminder(ctx: BotContext): Promise<void> {
  const state = ctx.session.wizard;
  const definition = state ? wizardByKind(state.kind) : undefined;
  const step = state && definition ? currentStep(definition, state) : undefined;
  if (!state || !definition || !step) return;
  await askStep(ctx, definition.kind, definition.titleKey, step);
}
