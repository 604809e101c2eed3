// Error messages that quote input must still satisfy the model's ErrorMessage
// shape (@length max 2048 code points, @pattern ^.*$ — one line): a 2048-
// character WorkflowArn quoted in "Workflow … was not found." would otherwise
// turn a valid request into a 500 (output validation refuses the error).

/** ErrorMessage's @length max (model/errors.smithy; test/service/error-message.test.ts compares with generated/model.json). */
export const ERROR_MESSAGE_MAX = 2048;

/**
 * `text` on one line (line terminators shown escaped) and at most `max` code
 * points, ending in "..." when cut; a surrogate pair is never split.
 */
export function fitErrorMessage(text: string, max = ERROR_MESSAGE_MAX): string {
  const line = text.replace(/[\n\r\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  const points = Array.from(line);
  if (points.length <= max) return line;
  return `${points.slice(0, Math.max(0, max - 3)).join("")}...`;
}
