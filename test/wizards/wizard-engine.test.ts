import { describe, expect, it } from "vitest";
import { WIZARDS, wizardByKind } from "../../functions/core/wizards/index.js";
import {
  answerWizard,
  currentStep,
  startWizard,
  type WizardDefinition,
  type WizardState,
} from "../../functions/core/wizards/wizard.js";
import { allPaths } from "./helpers.js";

const ID = /^[a-z0-9-]{1,12}$/;

const toy: WizardDefinition = {
  kind: "toy",
  titleKey: "wizard-toy-title",
  firstStep: "a",
  steps: {
    a: {
      id: "a",
      questionKey: "q-a",
      options: [
        { id: "x", labelKey: "o-x" },
        { id: "y", labelKey: "o-y" },
      ],
    },
    b: { id: "b", questionKey: "q-b", options: [{ id: "z", labelKey: "o-z" }] },
  },
  next: (step, option) => (step === "a" && option === "x" ? { step: "b" } : { done: true }),
  outcome: (answers) => ({
    titleKey: "t",
    lines: [{ key: "l", args: { n: Object.keys(answers).length } }],
    itemIds: [],
  }),
};

describe("wizard engine", () => {
  it("starts at the first step with no answers", () => {
    const { state, step } = startWizard(toy);
    expect(state).toEqual({ kind: "toy", step: "a", answers: {} });
    expect(step.id).toBe("a");
  });

  it("moves to the next step and records the answer without changing the old state", () => {
    const { state } = startWizard(toy);
    const progress = answerWizard(toy, state, "a", "x");
    expect(progress).toMatchObject({ state: { kind: "toy", step: "b", answers: { a: "x" } }, step: { id: "b" } });
    expect(state.answers).toEqual({});
  });

  it("finishes with the outcome of all answers", () => {
    const first = answerWizard(toy, startWizard(toy).state, "a", "x");
    if (!("step" in first)) throw new Error("expected a step");
    const done = answerWizard(toy, first.state, "b", "z");
    expect(done).toMatchObject({ outcome: { titleKey: "t", lines: [{ key: "l", args: { n: 2 } }] } });
    expect("outcome" in done && done.state.answers).toEqual({ a: "x", b: "z" });
  });

  it("rejects a stale step, an unknown option, an unknown step and another wizard's state", () => {
    const first = answerWizard(toy, startWizard(toy).state, "a", "x");
    if (!("step" in first)) throw new Error("expected a step");
    expect(answerWizard(toy, first.state, "a", "y")).toEqual({ invalid: true });
    expect(answerWizard(toy, first.state, "b", "nope")).toEqual({ invalid: true });
    expect(answerWizard(toy, { ...first.state, step: "gone" }, "gone", "z")).toEqual({ invalid: true });
    expect(answerWizard(toy, { ...first.state, kind: "form" }, "b", "z")).toEqual({ invalid: true });
    expect(answerWizard(toy, first.state, "constructor", "z")).toEqual({ invalid: true });
  });

  it("gives the current step of a saved state, or undefined when it no longer exists", () => {
    const state: WizardState = { kind: "toy", step: "b", answers: { a: "x" } };
    expect(currentStep(toy, state)?.id).toBe("b");
    expect(currentStep(toy, { ...state, step: "gone" })).toBeUndefined();
    expect(currentStep(toy, { ...state, step: "toString" })).toBeUndefined();
    expect(currentStep(toy, { ...state, kind: "grant" })).toBeUndefined();
  });
});

describe("wizard registry", () => {
  it("has the three wizards by kind", () => {
    expect(Object.keys(WIZARDS)).toEqual(["form", "reg", "grant"]);
    for (const [kind, definition] of Object.entries(WIZARDS)) expect(wizardByKind(kind)).toBe(definition);
    expect(wizardByKind("nope")).toBeUndefined();
    expect(wizardByKind("__proto__")).toBeUndefined();
  });

  for (const definition of Object.values(WIZARDS)) {
    describe(definition.kind, () => {
      it("has well-formed ids and a reachable first step", () => {
        expect(definition.kind.length).toBeLessThanOrEqual(5);
        expect(definition.steps[definition.firstStep]).toBeDefined();
        for (const [id, step] of Object.entries(definition.steps)) {
          expect(step.id).toBe(id);
          expect(id).toMatch(ID);
          expect(step.options.length).toBeGreaterThan(0);
          const optionIds = step.options.map((option) => option.id);
          expect(new Set(optionIds).size).toBe(optionIds.length);
          for (const option of optionIds) expect(option).toMatch(ID);
        }
      });

      it("fits every button's callback data wa:<kind>:<step>:<option> in 64 bytes", () => {
        for (const step of Object.values(definition.steps)) {
          for (const option of step.options) {
            const data = `wa:${definition.kind}:${step.id}:${option.id}`;
            expect(Buffer.byteLength(data, "utf8"), data).toBeLessThanOrEqual(64);
          }
        }
      });

      it("reaches an outcome on every path and asks every step on some path", () => {
        const paths = allPaths(definition);
        expect(paths.length).toBeGreaterThan(1);
        const asked = new Set(paths.flatMap((path) => Object.keys(path.answers)));
        expect([...asked].sort()).toEqual(Object.keys(definition.steps).sort());
        // One assertion for all paths: the grant wizard has tens of thousands of them.
        const broken = paths.filter(
          ({ outcome }) =>
            outcome.lines.length === 0 ||
            outcome.itemIds.length === 0 ||
            new Set(outcome.itemIds).size !== outcome.itemIds.length,
        );
        expect(broken.map((path) => path.answers)).toEqual([]);
      });

      it("treats a button from an earlier step as stale", () => {
        const { state, step } = startWizard(definition);
        const first = step.options[0];
        if (!first) throw new Error("no options");
        const progress = answerWizard(definition, state, step.id, first.id);
        if (!("step" in progress)) return; // the first answer already finished this path
        expect(answerWizard(definition, progress.state, step.id, first.id)).toEqual({ invalid: true });
        expect(answerWizard(definition, progress.state, progress.step.id, "no-such-opt")).toEqual({ invalid: true });
      });
    });
  }
});
