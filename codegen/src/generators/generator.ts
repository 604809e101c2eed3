// What a generator is: a pure function from the knowledge index to files.
// Generators read the model only through ModelIndex, never the IDL text and
// never another generator's output.

import type { ModelIndex } from "../model/knowledge.js";

export interface GeneratedFile {
  /** Path relative to the output root (generated/), with forward slashes. */
  path: string;
  /** The text; "" when `withheld`. */
  contents: string;
  /**
   * Set when a worker thread wrote the file itself and kept its text (it was
   * not needed on the main thread: threads.ts); only paths are known then.
   */
  withheld?: true;
}

export interface Generator {
  /** Short name, used in messages and to select generators (`--only`). */
  name: string;
  generate(index: ModelIndex): GeneratedFile[] | Promise<GeneratedFile[]>;
  /**
   * Independent pieces of the output, each a generator of its own, that
   * generate() returns in this order: the threads of a large model's run may
   * take them apart (generators/threads.ts, CLAIMABLE). Output, warnings and
   * their order are the same either way.
   */
  parts?: readonly Generator[];
}
