// smithy.framework (smithy-validation-model): ValidationException, the
// standard error a server answers when its input breaks the model's
// constraints, and its field list. Not traits but shapes a model uses (as an
// operation's error), so a model that names the namespace gets them in its
// JSON AST (see docs/smithy-front-end.md) — with their documentation, unlike
// the trait libraries, because `smithy ast` prints it there and generated
// code documents the error with it. Same definitions as the pinned jar;
// test/idl/prelude and test/idl/oracle prove it.

export const SMITHY_FRAMEWORK = `$version: "2"
namespace smithy.framework

/// A standard error for input validation failures.
/// This should be thrown by services when a member of the input structure
/// falls outside of the modeled or documented constraints.
@error("client")
structure ValidationException {
    /// A summary of the validation failure.
    @required
    message: String

    /// A list of specific failures encountered while validating the input.
    /// A member can appear in this list more than once if it failed to satisfy multiple constraints.
    fieldList: ValidationExceptionFieldList
}

/// Describes one specific validation failure for an input member.
structure ValidationExceptionField {
    /// A JSONPointer expression to the structure member whose value failed to satisfy the modeled constraints.
    @required
    path: String

    /// A detailed description of the validation failure.
    @required
    message: String
}

list ValidationExceptionFieldList {
    member: ValidationExceptionField
}
`;
