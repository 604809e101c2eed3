// Relative shape ID resolution (https://smithy.io/2.0/spec/idl.html#relative-shape-id-resolution):
// a `use` import, then a shape of the file's namespace, then the prelude
// (smithy.api). An ID that matches none is invalid and keeps the file's
// namespace, so the error can name what was looked for.

import { PRELUDE_NAMESPACE } from "../model/shape-id.js";
import type { Location } from "./diagnostics.js";
import { flat } from "./flat-string.js";

export interface FileScope {
  path: string;
  namespace: string;
  /** Imported name → absolute shape ID. */
  uses: Map<string, string>;
  /** An IDL 1.0 (or JSON AST 1.0) file: some traits and properties are 2.0 only. */
  v1?: boolean;
}

export interface Resolution {
  id: string;
  /** False when no shape has this ID. */
  found: boolean;
}

export class ShapeResolver {
  /**
   * Resolutions per file scope: a model names the same few shapes (String,
   * its own ids, trait names) thousands of times, and building and hashing
   * the candidate ids each time was a hot spot of loading. Only valid once
   * every shape is registered, which is when the assembler starts resolving.
   */
  private readonly cache = new WeakMap<FileScope, Map<string, Resolution>>();

  constructor(private readonly known: (id: string) => boolean) {}

  resolve(text: string, scope: FileScope): Resolution {
    let cached = this.cache.get(scope);
    if (!cached) this.cache.set(scope, (cached = new Map()));
    let resolution = cached.get(text);
    if (!resolution) cached.set(text, (resolution = this.lookup(text, scope)));
    return resolution;
  }

  private lookup(text: string, scope: FileScope): Resolution {
    const dollar = text.indexOf("$");
    const root = dollar === -1 ? text : text.slice(0, dollar);
    const member = dollar === -1 ? "" : text.slice(dollar);
    if (root.includes("#")) return { id: root + member, found: this.known(root) };
    const imported = scope.uses.get(root);
    if (imported) return { id: imported + member, found: this.known(imported) };
    const local = flat(`${scope.namespace}#${root}`);
    if (this.known(local)) return { id: local + member, found: true };
    const prelude = flat(`${PRELUDE_NAMESPACE}#${root}`);
    if (this.known(prelude)) return { id: prelude + member, found: true };
    return { id: local + member, found: false };
  }
}

export interface Reference {
  /** The shape (or member) that refers. */
  from: string;
  /** What the reference is, for messages: "member target", "operation error", ... */
  role: ReferenceRole;
  target: string;
  at: Location;
}

export type ReferenceRole =
  | "member target"
  | "mixin"
  | "operation input"
  | "operation output"
  | "operation error"
  | "service operation"
  | "service resource"
  | "service error"
  | "resource identifier"
  | "resource property"
  | "resource lifecycle operation"
  | "resource operation"
  | "resource collection operation"
  | "resource child"
  | "for resource";
