// The full selector evaluator on hostile input: any text Smithy's grammar
// accepts (selector-syntax.ts) parses and evaluates to an answer — no
// exception, no endless loop — and any text it refuses is a
// SelectorSyntaxError with Smithy's message. Random texts over the
// selector alphabet, fast-check; the real Smithy judges the answers in
// validator-definitions.oracle.test.ts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseFullSelector, SelectorEngine, SelectorSyntaxError } from "../../../codegen/src/idl/validate/selector-engine.js";
import { selectorSyntaxError } from "../../../codegen/src/idl/validate/selector-syntax.js";
import { bundledModel } from "../../../codegen/src/idl/prelude/index.js";

const TOKENS = [" ", "*", ">", "<", "~>", "-[", "]->", "<-[", "]-", "[", "]", "@", ":", "(", ")", ",", "|", "=", "!=", "^=", "$=", "*=", "?=", ">=", "<=", "{=}", "{<}", "{<<}", "{!=}", "&&", " i", "'a'", '"b"', "1", "-2.5e3", "$", "{", "}", "x", "id", "trait", "name", "member", "string", "structure", "is", "not", "test", "in", "root", "recursive", "topdown", "each", "var", "(keys)", "(values)", "(length)", "service", "version", "#", "."];

describe("full selector evaluator on random selector text", () => {
  // The prelude: a few dozen shapes, members and traits of every kind.
  const engine = new SelectorEngine(bundledModel().model.shapes);

  it("parses what the grammar accepts, evaluates it, and refuses the rest with Smithy's message", () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 12 }), (tokens) => {
        const text = tokens.join("");
        const syntax = selectorSyntaxError(text);
        if (syntax !== undefined) {
          expect(() => parseFullSelector(text)).toThrow(SelectorSyntaxError);
          return;
        }
        accepted++;
        const selector = parseFullSelector(text);
        expect(engine.select(selector)).toBeInstanceOf(Set);
      }),
      { numRuns: 3000, seed: 20261206 },
    );
    // The property says something about accepted selectors only if some were.
    expect(accepted).toBeGreaterThan(20);
  });
});
